using System.Globalization;
using System.Text;
using SportsBot.Core.Answering;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;

namespace SportsBot.Rendering;

/// <summary><c>ask --explain</c>: how the question was read, what retrieval found, and the verdict on the best sentences.</summary>
public static class EvidenceExplainer
{
    private const int SentencesShown = 12;

    public static string Explain(RetrievalResult retrieval, EvidenceSet evidence)
    {
        var text = new StringBuilder();
        if (evidence.Described is { Name: { } name } described)
        {
            // A person the question describes is found first, and the question answered about them by name.
            text.Append(CultureInfo.InvariantCulture, $"{described.Phrase}: {name}, asked as: {evidence.Question.Query.Question}\n");
        }

        Explain(text, retrieval, evidence);
        if (evidence.Second is { } second)
        {
            // The second question of a message is judged on its own against the same stories.
            text.Append(CultureInfo.InvariantCulture, $"second question: {second.Question.Query.Question}\n");
            Explain(text, retrieval with { Passages = [] }, second);
        }

        if (evidence.Premise is { } premise)
        {
            // What the message takes as given is judged as a question of its own against the same stories.
            text.Append(CultureInfo.InvariantCulture, $"taken as given: {premise.Evidence.Question.Query.Question}\n");
            Explain(text, retrieval with { Passages = [] }, premise.Evidence);
        }

        return text.ToString();
    }

    private static void Explain(StringBuilder text, RetrievalResult retrieval, EvidenceSet evidence)
    {
        var q = evidence.Question;
        if (q.Query.AskedAs is { } written && written != q.Query.Question)
        {
            text.Append(CultureInfo.InvariantCulture, $"searched as: {q.Query.Question}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"asks: {q.Asks}; names: {Words(q.Names)}; focus: {Words(q.Focus)}")
            .Append(q.Query.AboutThePresent ? "; about the present" : q.Query.AboutThePast ? "; about the past" : string.Empty)
            .Append(q.Facts.AskedWord is { } asked ? $"; names or counts: {asked}" : string.Empty)
            .Append(q.Facts.Subject is { } subject ? $"; subject: {subject}" : string.Empty)
            .Append(q.Facts.AsksForWinner ? "; asks for a winner" : string.Empty)
            .Append(q.Facts.Relation is { } relation ? $"; the person must be said to: {relation}" : string.Empty)
            .Append('\n');
        foreach (var p in retrieval.Passages)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.Score:F4} sim={p.Similarity:F3} cov={p.Coverage:F2} {DateText.Iso(p.Article.Published) ?? "undated"} {p.Article.Id} chunks {string.Join(',', p.Chunks.Select(c => c.Chunk.Ordinal))}{(p.SupersededBy is { } s ? $" (superseded by {s})" : string.Empty)}\n");
        }

        if (evidence.Unsupported is [_, ..] unsupported)
        {
            text.Append(CultureInfo.InvariantCulture, $"  the sources on its subject do not say {string.Join(", ", unsupported)}: answered without it, flagged\n");
        }

        if (evidence.SpreadOver is [_, _] stories)
        {
            text.Append(CultureInfo.InvariantCulture, $"  no one source names everything the question names; {stories[0]} and {stories[1]} do between them, and both answer\n");
        }

        foreach (var e in evidence.Judged.Where(e => e.Check.NamesInSource).Take(SentencesShown))
        {
            var sentence = e.Sentence.Text.Length <= 140 ? e.Sentence.Text : e.Sentence.Text[..137] + "...";
            text.Append(CultureInfo.InvariantCulture, $"  {(e.Answers ? "+" : "-")} {e.Score:F3} sim={e.Similarity:F3} focus={e.Check.Focus:F2}{(e.Check.FocusSaid.Count > 0 ? " (" + string.Join(" ", e.Check.FocusSaid.Order(StringComparer.Ordinal)) + ")" : string.Empty)} [{e.Passage.Article.Id}#{e.Sentence.Index}] {e.Check.Verdict}: {sentence}\n");
        }

        if (!evidence.Judged.Any(e => e.Check.NamesInSource))
        {
            text.Append("  no retrieved source names everything the question names\n");
        }
    }

    private static string Words(IEnumerable<QueryTerm> terms) => string.Join(' ', terms.Select(t => t.Word)) is { Length: > 0 } words ? words : "–";
}
