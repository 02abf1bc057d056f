using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>One sentence of a retrieved article, judged as evidence for the question.</summary>
/// <param name="Rank">The article's place in retrieval (0 = first).</param>
/// <param name="Similarity">Cosine of the question and the sentence.</param>
/// <param name="Check">The named rules, each passed or not: the sentence answers only if all pass.</param>
/// <param name="Score">Orders the sentences that answer: closeness to the question, its words, its names.</param>
public sealed record EvidenceSentence(
    RetrievedPassage Passage,
    int Rank,
    ArticleSentence Sentence,
    double Similarity,
    EvidenceCheck Check,
    double Score)
{
    public bool Answers => Check.Passes;

    public DateOnly? Published => Passage.Article.Published;
}
