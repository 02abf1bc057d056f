using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Chat;

/// <summary>
/// Fits an answer into a channel's maximum length from its parts: whole parts first (the lead, then what supports
/// it, then history), else whole sentences of the lead, never half a claim. Citations of parts that were left out
/// are dropped from the reply; /sources still has the full answer.
/// </summary>
public static class AnswerShortener
{
    public const string Ellipsis = " …";

    public static (string Text, IReadOnlyList<Citation> Citations) Shorten(Answer answer, int maxLength)
    {
        if (answer.Text.Length <= maxLength)
        {
            return (answer.Text, answer.Citations);
        }

        var budget = maxLength - Ellipsis.Length;
        var parts = answer.Parts;
        if (parts.Count == 0)
        {
            // Only a reply without parts (a remark) can get here; it cites nothing, so a cut at a word loses no claim.
            var cut = answer.Text[..budget];
            var space = cut.LastIndexOf(' ');
            return ((space > budget / 2 ? cut[..space] : cut) + Ellipsis, answer.Citations);
        }

        var kept = new List<AnswerPart>();
        foreach (var part in parts)
        {
            if (AnswerText.Compose([.. kept, part]).Length > budget)
            {
                break;
            }

            kept.Add(part);
        }

        if (kept.Count == 0)
        {
            kept.Add(parts[0] with { Text = CutToFit(parts[0], budget) });
        }

        var cited = kept.SelectMany(p => p.Cites).ToHashSet();
        return (AnswerText.Compose(kept) + Ellipsis, [.. answer.Citations.Where(c => cited.Contains(c.N))]);
    }

    /// <summary>The part's first sentences that fit with its markers; failing that, its words up to the limit.</summary>
    private static string CutToFit(AnswerPart part, int budget)
    {
        var room = budget - (AnswerText.Render(part).Length - part.Text.Length);
        var text = string.Empty;
        foreach (var sentence in SentenceSplitter.Split(part.Text))
        {
            var longer = text.Length == 0 ? sentence : $"{text} {sentence}";
            if (longer.Length > room)
            {
                break;
            }

            text = longer;
        }

        if (text.Length > 0)
        {
            return text;
        }

        var cut = part.Text[..Math.Max(0, room)];
        var space = cut.LastIndexOf(' ');
        return space > room / 2 ? cut[..space] : cut;
    }
}
