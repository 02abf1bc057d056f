using System.Text.RegularExpressions;
using SportsBot.Core.Answering;

namespace SportsBot.Core.Chat;

/// <summary>
/// Fits an answer into a channel's maximum length: whole paragraphs first, else whole sentences, never half a
/// claim. Citations whose markers were cut are dropped from the reply; /sources still has the full answer.
/// </summary>
public static partial class AnswerShortener
{
    public const string Ellipsis = " …";

    public static (string Text, IReadOnlyList<Citation> Citations) Shorten(Answer answer, int maxLength)
    {
        if (answer.Text.Length <= maxLength)
        {
            return (answer.Text, answer.Citations);
        }

        var budget = maxLength - Ellipsis.Length;
        var text = string.Empty;
        foreach (var sentence in SentenceEnd().Split(answer.Text).Where(s => s.Length > 0))
        {
            if (text.Length + sentence.Length > budget)
            {
                break;
            }

            text += sentence;
        }

        // Even the first sentence is too long: cut at a word, keeping the limit.
        if (text.Trim().Length == 0)
        {
            var cut = answer.Text[..budget];
            var space = cut.LastIndexOf(' ');
            text = space > budget / 2 ? cut[..space] : cut;
        }

        text = text.TrimEnd() + Ellipsis;
        var kept = Marker().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        return (text, [.. answer.Citations.Where(c => kept.Contains(c.N))]);
    }

    /// <summary>Positions after "… [1] " or ". " (never between a sentence and its marker); separators stay with the sentence before them.</summary>
    [GeneratedRegex(@"(?<=(?:\]|[.!?])\s+)(?=[^\s\[])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();
}
