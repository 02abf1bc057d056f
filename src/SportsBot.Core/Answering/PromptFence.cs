using System.Text;

namespace SportsBot.Core.Answering;

/// <summary>
/// Wraps article and user text in labelled fences before it reaches a model. Text from articles and users is data:
/// angle brackets are swapped for look-alikes so no text can close a fence (or a chat message) and speak as
/// the system, and square brackets become round ones so the only [n] the model sees are the source numbers.
/// </summary>
public static class PromptFence
{
    public static string Sources(IReadOnlyList<PromptSource> sources)
    {
        var text = new StringBuilder();
        foreach (var s in sources)
        {
            text.Append($"<source n=\"{s.N}\">\n");
            text.Append($"title: {Line(s.Article.Title)}\n");
            text.Append($"outlet: {Line(s.Article.Source)}\n");
            text.Append($"published: {(s.Article.Published is { } date ? $"{DateText.Format(date)} ({DateText.Iso(date)})" : DateText.Unknown)}\n");
            text.Append($"text: {Data(s.Text)}\n");
            text.Append("</source>\n");
        }

        return text.ToString().TrimEnd();
    }

    public static string Question(string question) => Block("question", question);

    /// <summary>A labelled block of untrusted text: <c>&lt;label&gt;…&lt;/label&gt;</c>.</summary>
    public static string Block(string label, string text) => $"<{label}>\n{Data(text)}\n</{label}>";

    public static string Data(string text) => new StringBuilder(text.Trim())
        .Replace('<', '‹').Replace('>', '›').Replace('[', '(').Replace(']', ')')
        .ToString();

    private static string Line(string text) => Data(text).ReplaceLineEndings(" ");
}
