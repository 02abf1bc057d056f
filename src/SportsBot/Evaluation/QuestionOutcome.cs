namespace SportsBot.Evaluation;

/// <summary>What one retriever, with the shipped answerer, made of one question.</summary>
/// <param name="Cited">Article ids of the answer's citations, in order.</param>
/// <param name="Retrieved">Article ids the retriever handed the answerer, best first.</param>
/// <param name="HitRank">1-based position of the first expected article among the citations; null if none is cited.</param>
/// <param name="FoundRank">The same among the retrieved articles, before the answerer's checks.</param>
/// <param name="Mentioned">All must-mention terms in the answer; null when the question lists none.</param>
/// <param name="TopSimilarity">Cosine of the question and the first retrieved passage (what the answerer's coverage check sees), 0 when none.</param>
/// <param name="TopCoverage">Share of the question's words in the first retrieved passage, 0 when none.</param>
public sealed record QuestionOutcome(
    string Id,
    string Kind,
    bool Answerable,
    bool Known,
    IReadOnlyList<string> Cited,
    IReadOnlyList<string> Retrieved,
    int? HitRank,
    int? FoundRank,
    bool? Mentioned,
    double TopSimilarity,
    double TopCoverage,
    string Answer,
    double ElapsedMs);
