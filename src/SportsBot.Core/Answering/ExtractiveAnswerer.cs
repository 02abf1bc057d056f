using System.Numerics.Tensors;
using System.Text;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// Answers with the sources' own sentences: the few that best answer the question, the newest relevant source
/// first with "As of &lt;date&gt;", an older source on the same matter only as "Earlier, …". Needs no model
/// beyond the embedder, so it is the default and the fallback of every other answerer.
/// </summary>
public sealed class ExtractiveAnswerer(SentenceVectorCache sentenceVectors, AliasTable aliases, IOptions<AnswerOptions> options) : IAnswerer
{
    private const int MaxSentenceChars = 400;

    private static readonly HashSet<string> ReferenceWords = new(StringComparer.Ordinal)
    {
        "It", "Its", "That", "This", "These", "Those", "They", "Their", "He", "His", "She", "Her",
    };
    private readonly AnswerOptions _options = options.Value;

    public async Task<Answer> AnswerAsync(RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        var question = retrieval.Query.Question;
        var relevant = RelevantPassages(retrieval);
        if (relevant.Count == 0)
        {
            return Answer.NotCovered(question);
        }

        var candidates = relevant
            .SelectMany((p, rank) => SentencesOf(p).Select(s => new Sentence(p, rank, s, Lexical(retrieval.Query, s))))
            .GroupBy(s => s.PassageRank)
            .SelectMany(g => g.OrderByDescending(s => s.Lexical).Take(g.Key == 0 ? 6 : 3))
            .ToList();

        var vectors = await sentenceVectors.EmbedAsync([.. candidates.Select(c => c.Text)], cancellationToken);
        for (var i = 0; i < candidates.Count; i++)
        {
            candidates[i].Vector = vectors[i];
            candidates[i].Score = (0.65 * TensorPrimitives.Dot(retrieval.QueryVector, vectors[i])) + (0.35 * candidates[i].Lexical);
        }

        var lead = relevant[0];
        var leadSentences = WithContinuations(lead, PickLeadSentences(candidates.Where(c => c.PassageRank == 0).ToList()), retrieval.Query);
        var parts = new List<(RetrievedPassage Passage, IReadOnlyList<Sentence> Sentences, string Prefix)>
        {
            (lead, leadSentences, LeadPrefix(lead.Article)),
        };

        var best = leadSentences[0].Score;
        foreach (var passage in relevant.Skip(1))
        {
            var top = candidates.Where(c => ReferenceEquals(c.Passage, passage)).MaxBy(c => c.Score);
            if (top is null || top.Score < best * 0.8 || parts.SelectMany(p => p.Sentences).Any(s => TensorPrimitives.Dot(s.Vector!, top.Vector!) > 0.9))
            {
                continue;
            }

            // Every claim carries its date, and anything older than the lead is told as history, never as current.
            var prefix = IsOlderThanLead(passage, lead)
                ? $"Earlier, as of {DateText.Format(passage.Article.Published)}: "
                : passage.Article.Published is null ? "An undated source adds: " : $"As of {DateText.Format(passage.Article.Published)}, ";
            parts.Add((passage, [top], prefix));
            if (parts.Count >= _options.MaxSources)
            {
                break;
            }
        }

        return Compose(question, lead, parts);
    }

    private List<RetrievedPassage> RelevantPassages(RetrievalResult retrieval)
    {
        var query = retrieval.Query;
        var passages = retrieval.Passages
            .Where(_options.IsRelevant)
            .Take(_options.MaxSources + 2)
            .ToList();

        // A question about a year no relevant source mentions ("the 2030 World Cup") is not covered,
        // however similar the wording of a 2022 article about the World Cup may be.
        if (query.Years.Count > 0)
        {
            passages = passages.Where(p => query.Years.All(y => p.Article.Body.Contains(y, StringComparison.Ordinal) || p.Article.Title.Contains(y, StringComparison.Ordinal))).ToList();
        }

        return passages;
    }

    private List<Sentence> PickLeadSentences(List<Sentence> leadCandidates)
    {
        var ordered = leadCandidates.OrderByDescending(s => s.Score).ToList();
        var picked = new List<Sentence> { ordered[0] };
        foreach (var s in ordered.Skip(1))
        {
            if (picked.Count >= _options.LeadSentences)
            {
                break;
            }

            if (s.Score >= ordered[0].Score * 0.85 && picked.All(p => TensorPrimitives.Dot(p.Vector!, s.Vector!) < 0.9))
            {
                picked.Add(s);
            }
        }

        // Read in the article's own order: the second sentence often qualifies the first.
        return [.. picked.OrderBy(s => s.Order)];
    }

    /// <summary>
    /// The sentence that best matches a question often only restates it ("the IOC has created an Eligibility Review
    /// Panel") and the next one, pointing back at it, holds the answer ("It is chaired by …"). Such a continuation
    /// comes along; it shares its antecedent's vector for the later duplicate checks.
    /// </summary>
    private List<Sentence> WithContinuations(RetrievedPassage lead, List<Sentence> picked, QueryAnalysis query)
    {
        var all = SentencesOf(lead).ToList();
        var result = new List<Sentence>();
        foreach (var sentence in picked)
        {
            result.Add(sentence);
            var next = all.FirstOrDefault(s => StartsWithReference(s.Text) && lead.Article.Body.Contains($"{sentence.Text} {s.Text}", StringComparison.Ordinal));
            if (next.Text is not null && !picked.Concat(result).Any(p => p.Text == next.Text))
            {
                result.Add(new Sentence(lead, 0, next, Lexical(query, next)) { Vector = sentence.Vector, Score = sentence.Score });
            }
        }

        return result;
    }

    private static bool StartsWithReference(string sentence)
    {
        var firstWord = new string(sentence.TakeWhile(char.IsLetter).ToArray());
        return ReferenceWords.Contains(firstWord);
    }

    private static Answer Compose(string question, RetrievedPassage lead, List<(RetrievedPassage Passage, IReadOnlyList<Sentence> Sentences, string Prefix)> parts)
    {
        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var (passage, sentences, prefix) in parts)
        {
            var n = citations.Count + 1;
            var body = string.Join(' ', sentences.Select(s => $"{s.Text} [{n}]"));
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(prefix.Length == 0 ? body : prefix + LowerFirstIfCommon(body, passage.Article.Body));
            citations.Add(new Citation(
                n,
                passage.Article.Title,
                passage.Article.Source,
                passage.Article.Url,
                passage.Article.Published,
                passage.Article.Id.Value,
                string.Join(" … ", sentences.Select(s => s.Text)),
                Math.Round(passage.Similarity, 3)));
        }

        return new Answer(question, true, text.ToString(), lead.Article.Published, AnswerMode.Extractive, citations);
    }

    private static string LeadPrefix(Article article) =>
        article.Published is { } date ? $"As of {DateText.Format(date)}, " : $"According to an undated article from {article.Source}: ";

    private static bool IsOlderThanLead(RetrievedPassage passage, RetrievedPassage lead) =>
        passage.Article.Published is { } p && lead.Article.Published is { } l && p < l;

    /// <summary>"As of …, the IOC said" reads better than "As of …, The IOC said"; proper nouns keep their capital.</summary>
    private static string LowerFirstIfCommon(string sentence, string articleBody)
    {
        var firstWord = new string(sentence.TakeWhile(char.IsLetter).ToArray());
        if (firstWord.Length < 2 || !char.IsUpper(firstWord[0]) || firstWord.Skip(1).Any(char.IsUpper))
        {
            return sentence;
        }

        var lower = char.ToLowerInvariant(firstWord[0]) + firstWord[1..];
        return articleBody.Contains($" {lower} ", StringComparison.Ordinal) ? char.ToLowerInvariant(sentence[0]) + sentence[1..] : sentence;
    }

    /// <summary>
    /// The sentences of the passage's chunks, and of the article's opening paragraph: news is written with the
    /// answer first, so the lead paragraph is a candidate even when other passages matched the question better.
    /// </summary>
    private static IEnumerable<(string Text, int Order)> SentencesOf(RetrievedPassage passage)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var leadParagraph = passage.Article.Body.Split('\n', 2)[0];
        IEnumerable<(string Text, int Ordinal)> sources = [(leadParagraph, 0), .. passage.Chunks.Select(c => (c.Chunk.Text, c.Chunk.Ordinal))];
        foreach (var (text, ordinal) in sources)
        {
            var sentences = SentenceSplitter.Split(text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                if (s.Length is > 20 and <= MaxSentenceChars && seen.Add(s))
                {
                    yield return (s, (ordinal * 100) + i);
                }
            }
        }
    }

    private double Lexical(QueryAnalysis query, (string Text, int Order) sentence)
    {
        if (query.Terms.Count == 0)
        {
            return 0;
        }

        var found = query.Terms.Count(t => aliases.MentionsAnyForm(sentence.Text, t) || sentence.Text.Contains(t.Length > 5 ? t[..^2] : t, StringComparison.OrdinalIgnoreCase));
        return (double)found / query.Terms.Count;
    }

    private sealed class Sentence(RetrievedPassage passage, int passageRank, (string Text, int Order) sentence, double lexical)
    {
        public RetrievedPassage Passage { get; } = passage;

        public int PassageRank { get; } = passageRank;

        public string Text { get; } = sentence.Text;

        public int Order { get; } = sentence.Order;

        public double Lexical { get; } = lexical;

        public float[]? Vector { get; set; }

        public double Score { get; set; }
    }
}
