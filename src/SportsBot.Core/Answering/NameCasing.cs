using System.Text.RegularExpressions;
using SportsBot.Core.Search;

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
    /// <param name="sources">Read only when the question has lower-case words that could be a name.</param>
    public static string? Restore(string question, IEnumerable<string> sources)
    {
        var words = Word().Matches(question).ToList();
        if (!words.Zip(words.Skip(1)).Any(pair => IsLowerRun(question, [pair.First, pair.Second])))
        {
            return null;
        }

        var texts = sources as IReadOnlyList<string> ?? [.. sources];
        var asksWho = AsksWho().IsMatch(question);
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

                // "Communications Minister Petra Zalewski": a title is capitalised before the name of whoever holds
                // it. Read as a name, "who is belmora's communications minister" named the office and asked for no
                // holder of it. Elsewhere the title is somebody the sources must name: "did the prime minister back
                // Kallan" is not answered by a story with no prime minister in it.
                if (asksWho && Evidence.FactContext.IsOffice(run[^1].Value))
                {
                    continue;
                }

                var lower = question[run[0].Index..(run[^1].Index + run[^1].Length)];
                var capitalised = string.Join(' ', run.Select(w => char.ToUpperInvariant(w.Value[0]) + w.Value[1..]));
                if (AlwaysCapitalised(lower, capitalised, texts))
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

    /// <summary>Lower-case words of some length, none a stop word, with only a space between each two.</summary>
    private static bool IsLowerRun(string question, List<Match> run) =>
        run.All(w => w.Length >= ShortestWord && w.Value.All(char.IsLower) && !StopWords.Contains(w.Value))
        && run.Zip(run.Skip(1)).All(pair => question[(pair.First.Index + pair.First.Length)..pair.Second.Index] == " ");

    private static bool AlwaysCapitalised(string lower, string capitalised, IReadOnlyList<string> sources)
    {
        var seen = false;
        foreach (var source in sources)
        {
            if (Contains(source, lower))
            {
                return false;
            }

            seen |= Contains(source, capitalised);
        }

        return seen;
    }

    /// <summary>The phrase as whole words, written exactly so.</summary>
    private static bool Contains(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
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

    [GeneratedRegex(@"^\W*who\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWho();
}
