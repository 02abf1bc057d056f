using System.Net;
using System.Text.RegularExpressions;
using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Telegram;

/// <summary>
/// A Telegram message shows an answer as a reader sees it: HTML that Telegram accepts, reading as the Core's answer
/// text, then "Sources" and one line per source (title, outlet, date), the title linking to the article when it has a link.
/// </summary>
public static partial class TelegramAnswerAssert
{
    public static void Shows(ExpectedAnswer expected, SentMessage message)
    {
        Assert.Equal("html", message.ParseMode, ignoreCase: true);
        Assert.Null(TelegramHtml.Problem(message.Text));
        var sources = expected.Citations.Select(c => $"[{c.N}] {c.Title} — {c.Source}, {DateText.Format(c.Published)}");
        Assert.Equal($"{expected.Text}\n\nSources\n{string.Join('\n', sources)}", message.Plain);
        Assert.Contains("<b>Sources</b>", message.Text);

        var links = Link().Matches(message.Text).Select(m => (Url: WebUtility.HtmlDecode(m.Groups["href"].Value), Title: WebUtility.HtmlDecode(m.Groups["title"].Value)));
        var linked = expected.Citations.Where(c => Uri.TryCreate(c.Url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps));
        Assert.Equal(linked.Select(c => (c.Url!, c.Title)), links);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]*)\">(?<title>[^<]*)</a>")]
    private static partial Regex Link();
}
