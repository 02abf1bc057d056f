using System.Text.RegularExpressions;

namespace SportsBot.Core.Feedback;

/// <summary>
/// Turns signals into a to-do list for moderators: the same question asked by several people (however they
/// capitalised or punctuated it) is one gap, and the gaps most people ran into come first.
/// </summary>
public sealed partial class GapFinder(IFeedbackStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<KnowledgeGap>> FindAsync(int days, CancellationToken cancellationToken)
    {
        var signals = await store.GapSignalsSinceAsync(time.GetUtcNow() - TimeSpan.FromDays(days), cancellationToken);
        return [.. signals
            .GroupBy(s => Normalize(s.Question))
            .Select(g =>
            {
                var newest = g.OrderByDescending(s => s.At).ToList();
                return new KnowledgeGap(
                    newest[0].Question.Trim(),
                    g.Select(s => s.Person).Distinct(StringComparer.Ordinal).Count(),
                    g.Count(s => s.Kind == GapKind.NotCovered),
                    g.Count(s => s.Kind == GapKind.MarkedUnhelpful),
                    newest[0].At,
                    [.. newest.Select(s => s.Comment).OfType<string>().Where(c => c.Length > 0).Distinct()]);
            })
            .OrderByDescending(gap => gap.People)
            .ThenByDescending(gap => gap.NotCovered + gap.MarkedUnhelpful)
            .ThenByDescending(gap => gap.LastAt)];
    }

    /// <summary>"Who won Wimbledon 2023?" and "who won  wimbledon 2023" are the same question.</summary>
    public static string Normalize(string question) =>
        Spaces().Replace(question.Trim().TrimEnd('?', '!', '.', ' ').ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
