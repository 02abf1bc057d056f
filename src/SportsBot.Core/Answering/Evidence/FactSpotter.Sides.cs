using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>A count of people the question describes by a name ("Kesharian border guards"), which another side's count is not.</summary>
public static partial class FactSpotter
{
    /// <summary>How many letters two forms of one name share at least: "Kesharian" and "Kesharia".</summary>
    private const int SharedNameStart = 5;

    /// <summary>
    /// The capitalised word right before the counted noun, or one or two words before it ("Kesharian" in "How many
    /// Kesharian border guards were involved?"); null when the question describes the counted by no name.
    /// </summary>
    public static string? SideOfTheCounted(string question, string counted) => Described(question, counted).FirstOrDefault();

    /// <summary>
    /// "Three Dravinian border guards were injured" does not say how many Kesharian border guards were involved: every
    /// count of the noun in the sentence is described by another name than the question's.
    /// </summary>
    private static bool CountsAnotherSide(string sentence, FactContext context)
    {
        if (context.CountedSide is not { } asked || context.AskedWord is not { } counted)
        {
            return false;
        }

        var sides = Described(sentence, counted).ToList();
        return sides.Count > 0 && !sides.Any(side => SameName(side, asked));
    }

    // "Russian and Belarusian athletes" are described by both names.
    private static IEnumerable<string> Described(string text, string counted) =>
        Regex.Matches(text, $@"(?<![\p{{L}}-])(?:(?<side>\p{{Lu}}[\p{{L}}-]+)(?:,\s+|,?\s+(?:and|or)\s+))*(?<side>\p{{Lu}}[\p{{L}}-]+)\s+(?:[a-z-]+\s+){{0,2}}{Regex.Escape(counted)}\b", RegexOptions.None, TimeSpan.FromMilliseconds(200))
            .SelectMany(m => m.Groups["side"].Captures.Select(c => c.Value))
            // "Seven border guards", "All border guards", "How many border guards": a capitalised first word that counts
            // or is small is no name.
            .Where(side => !NumberWord().IsMatch(side.ToLowerInvariant()) && !StopWords.Contains(side.ToLowerInvariant()));

    private static bool SameName(string one, string other) =>
        one.Length >= SharedNameStart && other.Length >= SharedNameStart
            ? one[..SharedNameStart].Equals(other[..SharedNameStart], StringComparison.OrdinalIgnoreCase)
            : one.Equals(other, StringComparison.OrdinalIgnoreCase);
}
