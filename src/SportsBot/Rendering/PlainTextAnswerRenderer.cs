using System.Text;
using SportsBot.Core.Answering;

namespace SportsBot.Rendering;

/// <summary>An answer as terminal text: the answer, then a numbered Sources list with outlet, date and link.</summary>
public static class PlainTextAnswerRenderer
{
    public static string Render(Answer answer)
    {
        var text = new StringBuilder(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\nSources:");
            foreach (var c in answer.Citations)
            {
                text.Append('\n').Append(RenderSource(c));
            }
        }

        return text.ToString();
    }

    public static string RenderSource(Citation c)
    {
        var line = $"[{c.N}] {c.Title} — {c.Source}, {DateText.Format(c.Published)}";
        return c.Url is null ? line : $"{line}. {c.Url}";
    }
}
