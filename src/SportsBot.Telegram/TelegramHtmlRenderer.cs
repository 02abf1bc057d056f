using System.Text;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;

namespace SportsBot.Telegram;

/// <summary>
/// A reply as Telegram HTML: every piece of text from users and sources escaped, sources as links with outlet
/// and date, split into messages of at most 4096 characters at paragraph boundaries.
/// </summary>
public static class TelegramHtmlRenderer
{
    /// <summary>Telegram's limit for one message. Counting the HTML (not the visible text) keeps us safely under it.</summary>
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

    /// <summary>The characters Telegram's HTML parser treats specially in text; everything else (accents, Cyrillic) stays readable.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Text inside a double-quoted attribute (a link's href).</summary>
    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string SourceLine(Citation c)
    {
        var title = c.Url is { } url && ArticleParser.IsHttpUrl(url)
            ? $"<a href=\"{EscapeAttribute(url)}\">{Escape(c.Title)}</a>"
            : Escape(c.Title);
        return $"[{c.N}] {title} — {Escape(c.Source)}, {Escape(DateText.Format(c.Published))}";
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).DefaultIfEmpty("…");

    private static string Shorten(string quote) => quote.Length <= MaxQuoteLength ? quote : quote[..(MaxQuoteLength - 1)] + "…";

    /// <summary>Fills messages with whole paragraphs; a paragraph too long for one message is split at lines, then at spaces.</summary>
    private static List<string> Pack(IEnumerable<string> paragraphs, int maxLength)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in paragraphs.SelectMany(p => p.Length <= maxLength ? [p] : SplitLong(p, maxLength)))
        {
            if (current.Length > 0 && current.Length + 2 + piece.Length > maxLength)
            {
                messages.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append("\n\n");
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return messages;
    }

    /// <summary>
    /// Splits one over-long paragraph. Only escaped answer text gets this long, and it holds no tags; entities
    /// (&amp;amp;) contain no spaces, so cutting at a space never breaks one.
    /// </summary>
    private static IEnumerable<string> SplitLong(string paragraph, int maxLength)
    {
        var rest = paragraph;
        while (rest.Length > maxLength)
        {
            var cut = rest.LastIndexOf('\n', maxLength - 1);
            if (cut < maxLength / 2)
            {
                cut = rest.LastIndexOf(' ', maxLength - 1);
            }

            if (cut < maxLength / 2)
            {
                cut = maxLength;
                // Never end a message inside an entity such as &amp;.
                var amp = rest.LastIndexOf('&', cut - 1, Math.Min(8, cut));
                if (amp >= 0 && rest.IndexOf(';', amp) >= cut)
                {
                    cut = amp;
                }
            }

            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }
}
