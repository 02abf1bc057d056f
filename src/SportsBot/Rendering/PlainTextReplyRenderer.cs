using System.Text;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;

namespace SportsBot.Rendering;

/// <summary>Replies as terminal text: answers with a numbered Sources list, /sources with each quote.</summary>
public static class PlainTextReplyRenderer
{
    /// <summary>An answer outside a chat (the <c>ask</c> verb) reads exactly as it does in the console chat.</summary>
    public static string Render(Answer answer) => Render(new OutgoingReply(ReplyKind.Answer, answer.Text, answer.Citations, ReplyTo: null));

    public static string Render(OutgoingReply reply)
    {
        var text = new StringBuilder(reply.Text);
        switch (reply.Kind)
        {
            case ReplyKind.Answer when reply.Citations.Count > 0:
                text.Append("\n\nSources:");
                foreach (var c in reply.Citations)
                {
                    text.Append('\n').Append(RenderSource(c));
                }

                break;
            case ReplyKind.Sources:
                foreach (var c in reply.Citations)
                {
                    text.Append('\n').Append(RenderSource(c)).Append("\n    \"").Append(c.Quote).Append('"');
                }

                break;
        }

        return text.ToString();
    }

    public static string RenderSource(Citation c)
    {
        var line = $"[{c.N}] {c.Title} — {c.Source}, {DateText.Format(c.Published)}";
        return c.Url is null ? line : $"{line}. {c.Url}";
    }
}
