using System.Text;
using SportsBot.Core.Chat;

namespace SportsBot.Rendering;

/// <summary>A chat reply as terminal text: answers with a numbered Sources list, /sources with each quote.</summary>
public static class PlainTextReplyRenderer
{
    public static string Render(OutgoingReply reply)
    {
        var text = new StringBuilder(reply.Text);
        switch (reply.Kind)
        {
            case ReplyKind.Answer when reply.Citations.Count > 0:
                text.Append("\n\nSources:");
                foreach (var c in reply.Citations)
                {
                    text.Append('\n').Append(PlainTextAnswerRenderer.RenderSource(c));
                }

                break;
            case ReplyKind.Sources:
                foreach (var c in reply.Citations)
                {
                    text.Append('\n').Append(PlainTextAnswerRenderer.RenderSource(c)).Append("\n    \"").Append(c.Quote).Append('"');
                }

                break;
        }

        return text.ToString();
    }
}
