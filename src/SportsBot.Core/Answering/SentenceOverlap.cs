using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>How much of the shorter of two sentences the other repeats, by content words: an answer quotes no sentence that says again what one before it said.</summary>
internal static class SentenceOverlap
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "no", "never", "nor", "cannot", "won't", "can't", "isn't", "aren't", "wasn't", "weren't" };

    /// <summary>The share, from 0 to 1, of the shorter sentence's words that the other also has.</summary>
    public static double Of(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        return x.Count == 0 || y.Count == 0 ? 0 : (double)x.Intersect(y).Count() / Math.Min(x.Count, y.Count);
    }

    /// <summary>Content words, and the words that negate: "will not be allowed" does not repeat "will be allowed".</summary>
    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w) || Negations.Contains(w))
            .ToHashSet();
}
