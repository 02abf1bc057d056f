using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering;

/// <summary>
/// Fans type names in lower case ("who won the 2022 world cup"); the rules tell a name by its capitals, and a name of
/// several words must be named as a whole ("the Davis Cup" does not name the World Cup). Words that follow each other
/// in the question and that the retrieved stories only ever write capitalised together ("World Cup", "Champions
/// League", "Australian Open") are given back their capitals.
/// </summary>
public static partial class NameCasing
{
    private const int ShortestWord = 3;

    private const int LongestName = 3;

    /// <summary>The question with such names capitalised, or null when it has none.</summary>
    public static string? Restore(string question, IReadOnlyList<string> sources)
    {
        var words = Word().Matches(question).ToList();
        var result = question;
        var changed = false;
        for (var i = 0; i < words.Count; i++)
        {
            for (var length = Math.Min(LongestName, words.Count - i); length >= 2; length--)
            {
                var run = words.GetRange(i, length);
                if (!IsLowerRun(question, run))
                {
                    continue;
                }

                var lower = question[run[0].Index..(run[^1].Index + run[^1].Length)];
                var capitalised = string.Join(' ', run.Select(w => char.ToUpperInvariant(w.Value[0]) + w.Value[1..]));
                if (AlwaysCapitalised(lower, capitalised, sources))
                {
                    result = result[..run[0].Index] + capitalised + result[(run[^1].Index + run[^1].Length)..];
                    changed = true;
                    i += length - 1;
                    break;
                }
            }
        }

        return changed ? result : null;
    }

    /// <summary>Lower-case words of some length, none a small word, with only a space between each two.</summary>
    private static bool IsLowerRun(string question, List<Match> run) =>
        run.All(w => w.Length >= ShortestWord && w.Value.All(char.IsLower) && !SmallWord().IsMatch(w.Value))
        && run.Zip(run.Skip(1)).All(pair => question[(pair.First.Index + pair.First.Length)..pair.Second.Index] == " ");

    private static bool AlwaysCapitalised(string lower, string capitalised, IReadOnlyList<string> sources)
    {
        var seen = false;
        foreach (var source in sources)
        {
            if (Contains(source, lower, StringComparison.Ordinal))
            {
                return false;
            }

            seen |= Contains(source, capitalised, StringComparison.Ordinal);
        }

        return seen;
    }

    private static bool Contains(string text, string phrase, StringComparison comparison)
    {
        for (var at = text.IndexOf(phrase, comparison); at >= 0; at = text.IndexOf(phrase, at + 1, comparison))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:the|and|for|but|nor|who|whom|what|which|when|where|why|how|did|does|was|were|are|has|have|had|can|could|will|would|should|with|from|into|that|this|these|those|than|then|not|its|his|her|their|our|your|after|before|since|about|over|under|still|now|all|any|some|many|much|more|most|get|got)$")]
    private static partial Regex SmallWord();
}
