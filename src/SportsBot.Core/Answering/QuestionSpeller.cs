using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// Reads past a fan's slips of the keyboard ("rubialis", "hermosso", "wrld"): a word written in lower case that is
/// not an English word and that none of the retrieved sources uses in any form is replaced by the sources' word one
/// slip away from it (two for a word of seven letters or more) with the same first letter, the most used if several
/// are. An English word ("greet", "come") and a word written with a capital are taken as meant: a name the sources
/// lack must stay unknown, not become a name they have.
/// </summary>
public sealed partial class QuestionSpeller(TermMatcher matcher, IEnglishWords english)
{
    private const int ShortestWord = 4;

    private const int LongWord = 7;

    /// <summary>The question with its slips mended from the words of <paramref name="sources"/>, or null when it has none they can mend.</summary>
    public string? Correct(string question, IEnumerable<string> sources)
    {
        // Most questions have no word that could be a slip; they cost no reading of the sources.
        if (!Word().Matches(question).Any(m => MayBeSlip(m.Value)))
        {
            return null;
        }

        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (Match m in Word().Matches(source))
            {
                var word = m.Value.ToLowerInvariant();
                used[word] = used.GetValueOrDefault(word) + 1;
            }
        }

        if (used.Count == 0)
        {
            return null;
        }

        var stems = used.Keys.Select(matcher.StemOf).ToHashSet(StringComparer.Ordinal);
        var mended = false;
        var corrected = Word().Replace(question, m =>
        {
            var word = m.Value;
            if (!MayBeSlip(word) || used.ContainsKey(word) || stems.Contains(matcher.StemOf(word)))
            {
                return word;
            }

            var slips = word.Length >= LongWord ? 2 : 1;
            var nearest = used
                .Where(u => u.Key[0] == word[0] && Math.Abs(u.Key.Length - word.Length) <= slips)
                .Select(u => (Word: u.Key, Uses: u.Value, Slips: Slips(word, u.Key, slips)))
                .Where(u => u.Slips <= slips)
                .OrderBy(u => u.Slips)
                .ThenByDescending(u => u.Uses)
                .FirstOrDefault();
            if (nearest.Word is null)
            {
                return word;
            }

            mended = true;
            return nearest.Word;
        });
        return mended ? corrected : null;
    }

    private bool MayBeSlip(string word) =>
        word.Length >= ShortestWord && word.All(char.IsLower) && !StopWords.Contains(word) && !english.Contains(word);

    /// <summary>Letters inserted, dropped, changed or swapped to turn one word into the other; anything past <paramref name="most"/> counts as one more.</summary>
    private static int Slips(string a, string b, int most)
    {
        var rows = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var best = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = d;
                best = Math.Min(best, d);
            }

            if (best > most)
            {
                return most + 1;
            }
        }

        return rows[a.Length, b.Length];
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
