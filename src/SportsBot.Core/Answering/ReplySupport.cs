using System.Text.RegularExpressions;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>
/// Holds each cited sentence of a model's reply to the sources it cites: a sentence is supported when at least
/// half of its content words (in any form, another name of the same body, a word of the same concept) are in
/// those sources' text, and every name and number it uses is. "HACKED [1]" cites a source but says nothing it
/// does; a reply with such a sentence is not used. A reply in the asker's own language is held to its names and
/// numbers only, since its other words are not the English of the sources.
/// </summary>
public sealed partial class ReplySupport(TermMatcher matcher)
{
    public const double MinimumShare = 0.5;

    /// <summary>The first cited sentence its sources do not support, or null when all are.</summary>
    public ReplySentence? FirstUnsupported(IReadOnlyList<ReplySentence> sentences, IReadOnlyList<PromptSource> sourcesByNumber, bool otherLanguage)
    {
        foreach (var sentence in sentences.Where(s => s.Cites.Count > 0))
        {
            var cited = matcher.Read(string.Join('\n', sentence.Cites.Select(n => $"{sourcesByNumber[n - 1].Article.Title}\n{sourcesByNumber[n - 1].Text}")));
            // A sentence's first word is capitalised by grammar ("Sì", "Yes"), so it is a name only when written as one throughout ("HACKED", "IOC").
            var words = Word().Matches(sentence.Text).Select((m, i) => (Word: m.Value, First: i == 0)).Where(w => !StopWords.Contains(w.Word) && w.Word.Length > 1).ToList();
            bool IsName((string Word, bool First) w) => w.First ? char.IsDigit(w.Word[0]) || w.Word.All(c => !char.IsLower(c)) : IsNameOrNumber(w.Word);
            var names = words.Where(IsName).Select(w => matcher.Term(w.Word, isName: true)).ToList();
            var others = words.Where(w => !IsName(w)).Select(w => matcher.Term(w.Word, isName: false)).ToList();
            var namesHeld = names.All(n => matcher.Mentions(cited, n) || DateWords.Contains(n.Word));
            var wordsHeld = otherLanguage || others.Count == 0 || matcher.Coverage(others, cited) >= MinimumShare;
            if (!namesHeld || !wordsHeld || (names.Count == 0 && others.Count == 0))
            {
                return sentence;
            }
        }

        return null;
    }

    /// <summary>Splits a checked reply into sentences, each with the markers that follow or sit inside it.</summary>
    public static IReadOnlyList<ReplySentence> Sentences(string checkedText)
    {
        var result = new List<ReplySentence>();
        foreach (var piece in SentenceSplitter.Split(checkedText))
        {
            var cites = Marker().Matches(piece).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
            var text = SpaceBeforePunctuation().Replace(Marker().Replace(piece, string.Empty), "$1").Trim();
            if (text.Count(char.IsLetterOrDigit) == 0 && result.Count > 0)
            {
                // A run of markers split off after a full stop belongs to the sentence before it.
                result[^1] = result[^1] with { Cites = [.. result[^1].Cites.Concat(cites).Distinct()] };
                continue;
            }

            result.Add(new ReplySentence(text, cites));
        }

        return result;
    }

    private static bool IsNameOrNumber(string word) => char.IsDigit(word[0]) || (char.IsUpper(word[0]) && word.Length > 1);

    /// <summary>Month and day names a model writes in its own "As of 8 December 2023": dates are checked by the date of the source, not its text.</summary>
    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "as", "earlier", "yes", "no",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s*\[(\d+)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();
}
