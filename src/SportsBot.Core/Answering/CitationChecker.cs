using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering;

/// <summary>
/// Holds a model's reply to the sources it was given: every [n] must name a source that was sent; others are
/// removed. Accepts the forms models write ([1], [1, 3], [1-2], [Source 2]) and writes them back as [1][3].
/// </summary>
public static partial class CitationChecker
{
    public static CheckedReply Check(string reply, int sourceCount)
    {
        var text = reply.Trim();
        var cited = new SortedSet<int>();
        foreach (Match m in Marker().Matches(text))
        {
            cited.UnionWith(Numbers(m).Where(n => n >= 1 && n <= sourceCount));
        }

        var renumber = cited.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i + 1);
        var removed = 0;
        var checkedText = Marker().Replace(text, m =>
        {
            var numbers = Numbers(m).ToList();
            var valid = numbers.Where(renumber.ContainsKey).Distinct().ToList();
            removed += numbers.Count - valid.Count;
            return valid.Count == 0 ? string.Empty : m.Groups["space"].Value + string.Concat(valid.Select(n => $"[{renumber[n]}]"));
        });

        checkedText = SpaceBeforePunctuation().Replace(checkedText, "$1").Trim();
        return new CheckedReply(checkedText, [.. cited], removed, SaysNotCovered(checkedText, cited.Count));
    }

    /// <summary>The reply carries some words besides markers; a bare "[1]" or a row of symbols is not an answer.</summary>
    public static bool HasWords(string text) => Marker().Replace(text, string.Empty).Count(char.IsLetter) >= 3;

    /// <summary>
    /// The prompt's sentence for "not covered", said up front, or a refusal in other words that cites nothing.
    /// "My sources don't cover the 2030 draw, but as of 2022 … [1]" is a partial answer, and is kept.
    /// </summary>
    private static bool SaysNotCovered(string text, int citedCount)
    {
        var plain = text.Replace('’', '\'').ToLowerInvariant();
        return plain.StartsWith(Answer.NotCoveredText.ToLowerInvariant().TrimEnd('.'), StringComparison.Ordinal)
            || (citedCount == 0 && (plain.Contains("sources don't cover", StringComparison.Ordinal) || plain.Contains("sources do not cover", StringComparison.Ordinal)));
    }

    private static IEnumerable<int> Numbers(Match marker)
    {
        foreach (var item in marker.Groups["list"].Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "Source 3" names source 3.
            var part = item.TrimStart("SOURCESsources ".ToCharArray());
            var range = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (range.Length == 2 && int.TryParse(range[0], out var from) && int.TryParse(range[1], out var to) && to >= from && to - from < 20)
            {
                for (var n = from; n <= to; n++)
                {
                    yield return n;
                }
            }
            else if (int.TryParse(part, out var n))
            {
                yield return n;
            }
        }
    }

    [GeneratedRegex(@"(?<space>\s*)\[(?:sources?\s*)?(?<list>\d{1,4}(?:\s*[,;\-–]\s*(?:sources?\s*)?\d{1,4})*)\]", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"[ \t]+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
