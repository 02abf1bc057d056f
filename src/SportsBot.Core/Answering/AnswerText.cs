using System.Text;

namespace SportsBot.Core.Answering;

/// <summary>
/// Writes an answer's parts as one text with [n] markers: the lead, what supports it and any note in one
/// paragraph, then each later or earlier report or position in its own. The one place answer text is laid out; shortened
/// answers are laid out here too, from fewer parts, so nothing downstream parses answer text.
/// </summary>
public static class AnswerText
{
    public static string Compose(IEnumerable<AnswerPart> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (text.Length > 0)
            {
                text.Append(part.Role is AnswerRole.Earlier or AnswerRole.Later or AnswerRole.Position ? "\n\n" : " ");
            }

            text.Append(Render(part));
        }

        return text.ToString();
    }

    /// <summary>A part's words followed by its markers: "… neutral athletes. [1]".</summary>
    public static string Render(AnswerPart part) =>
        part.Cites.Count == 0 ? part.Text : $"{part.Text} {string.Concat(part.Cites.Select(n => $"[{n}]"))}";
}
