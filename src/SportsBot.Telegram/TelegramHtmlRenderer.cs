using System.Text;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using Telegram.Bot.Extensions;

namespace SportsBot.Telegram;

/// <summary>
/// A reply as Telegram HTML: every piece of text from users and sources escaped, sources as links with outlet
/// and date, split into messages of at most 4096 visible characters at paragraph boundaries, and within a paragraph
/// never inside a tag or an entity.
/// </summary>
public static class TelegramHtmlRenderer
{
    /// <summary>Telegram's limit for one message, in characters of text after its HTML is parsed.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Quotes in /sources are cut here so one source never fills a message.</summary>
    private const int MaxQuoteLength = 1000;

    public static IReadOnlyList<string> Render(OutgoingReply reply, int maxLength = MaxMessageLength)
    {
        var paragraphs = Paragraphs(reply.Text).Select(Escape).ToList();
        switch (reply.Kind)
        {
            case ReplyKind.Answer when reply.Citations.Count > 0:
                paragraphs.Add("<b>Sources</b>\n" + string.Join('\n', reply.Citations.Select(SourceLine)));
                break;
            case ReplyKind.Sources:
                paragraphs.AddRange(reply.Citations.Select(c => $"{SourceLine(c)}\n<i>{Escape(Shorten(c.Quote))}</i>"));
                break;
            case ReplyKind.Error:
                paragraphs[0] = "⚠️ " + paragraphs[0];
                break;
        }

        return Pack(paragraphs, maxLength);
    }

    /// <summary>Text from users and sources, made safe for Telegram's HTML (also inside a double-quoted attribute).</summary>
    public static string Escape(string text) => HtmlText.Escape(text);

    private static string SourceLine(Citation c)
    {
        var title = c.Url is { } url && ArticleParser.IsHttpUrl(url)
            ? $"<a href=\"{Escape(url)}\">{Escape(c.Title)}</a>"
            : Escape(c.Title);
        return $"[{c.N}] {title} — {Escape(c.Source)}, {Escape(DateText.Format(c.Published))}";
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).DefaultIfEmpty("…");

    private static string Shorten(string quote) => quote.Length <= MaxQuoteLength ? quote : quote[..(MaxQuoteLength - 1)] + "…";

    /// <summary>
    /// Fills messages with whole paragraphs, measured as Telegram measures them (visible characters, an entity
    /// such as &amp;amp; counting one); a paragraph too long for one message is cut by <see cref="TelegramHtmlSplitter"/>.
    /// </summary>
    private static List<string> Pack(IEnumerable<string> paragraphs, int maxLength)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var piece in paragraphs.SelectMany(p => HtmlText.PlainLength(p) <= maxLength ? [p] : TelegramHtmlSplitter.Split(p, maxLength)))
        {
            var length = HtmlText.PlainLength(piece);
            if (current.Length > 0 && currentLength + 2 + length > maxLength)
            {
                messages.Add(current.ToString());
                current.Clear();
                currentLength = 0;
            }

            if (current.Length > 0)
            {
                current.Append("\n\n");
                currentLength += 2;
            }

            current.Append(piece);
            currentLength += length;
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return messages;
    }
}
