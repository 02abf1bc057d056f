using System.Text.RegularExpressions;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Telegram;

namespace SportsBot.Tests.Telegram;

/// <summary>How replies look in Telegram: escaped, linked, and split where a reader would expect.</summary>
public sealed class TelegramHtmlRendererTests
{
    [Fact]
    public void A_long_answer_is_split_at_paragraph_boundaries_into_messages_of_at_most_4096_visible_characters()
    {
        var paragraphs = Enumerable.Range(1, 6).Select(i => $"Paragraph {i} " + string.Concat(Enumerable.Repeat("word & more ", 120)).Trim() + $" [{i}]").ToList();
        var citations = Enumerable.Range(1, 6).Select(i => new Citation(i, $"Title {i}", "Outlet", $"https://example.org/{i}", new DateOnly(2024, 1, i), $"a{i}", "quote", 0.5)).ToList();
        var reply = new OutgoingReply(ReplyKind.Answer, string.Join("\n\n", paragraphs), citations, new MessageId("1"));

        var messages = TelegramHtmlRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.Null(TelegramHtml.Problem(m)));
        // Every paragraph arrives whole, in order, and the sources come last.
        var all = string.Join("\n\n", messages);
        Assert.All(paragraphs, p => Assert.Contains(TelegramHtmlRenderer.Escape(p), all));
        Assert.All(messages.SkipLast(1), m => Assert.DoesNotContain("<b>Sources</b>", m));
        Assert.Contains("<b>Sources</b>\n[1] <a href=\"https://example.org/1\">Title 1</a> — Outlet, 1 January 2024", messages[^1]);
    }

    [Fact]
    public void A_single_paragraph_longer_than_a_message_is_cut_at_spaces_without_breaking_an_entity()
    {
        var text = string.Concat(Enumerable.Repeat("R&D <x> ", 1500));
        var messages = TelegramHtmlRenderer.Render(OutgoingReply.Notice(text, null));

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m =>
        {
            Assert.Null(TelegramHtml.Problem(m));
            Assert.DoesNotMatch(new Regex("&(?!amp;|lt;|gt;)"), m);
            Assert.DoesNotContain("<x>", m);
        });
    }

    [Theory]
    [InlineData(TelegramHtmlRenderer.MaxMessageLength)]
    [InlineData(700)]
    [InlineData(97)]
    public void Sources_whose_quotes_are_a_thousand_ampersands_are_split_without_cutting_a_tag_or_an_entity(int maxLength)
    {
        var quote = new string('&', 1000);
        var citations = Enumerable.Range(1, 5).Select(i => new Citation(i, $"Title <{i}>", "Outlet & Co", $"https://example.org/{i}?a=1&b=2", new DateOnly(2024, 1, i), $"a{i}", quote, 0.5)).ToList();
        var reply = new OutgoingReply(ReplyKind.Sources, "Sources of my last answer here (to \"Who & why?\"):", citations, null);

        var messages = TelegramHtmlRenderer.Render(reply, maxLength);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m =>
        {
            Assert.Null(TelegramHtml.Problem(m));
            Assert.True(TelegramHtml.Plain(m).Length <= maxLength, $"{TelegramHtml.Plain(m).Length} visible characters");
        });
        // Every quote arrives whole; only the whitespace at a cut may differ.
        static string Unspaced(string text) => text.Replace("\n", string.Empty).Replace(" ", string.Empty);
        var expected = reply.Text + string.Concat(citations.Select(c => $"[{c.N}] {c.Title} — {c.Source}, {c.Published!.Value.Day} January 2024{quote}"));
        Assert.Equal(Unspaced(expected), Unspaced(string.Concat(messages.Select(TelegramHtml.Plain))));
    }

    [Fact]
    public void Links_are_only_made_of_http_urls_and_quotes_in_urls_cannot_break_out_of_the_attribute()
    {
        var citations = new List<Citation>
        {
            new(1, "Safe", "Outlet", "https://example.org/a?b=\"c\"&d=<e>", null, "a", "q", 0.5),
            new(2, "Not a link", "Outlet", "javascript:alert(1)", null, "b", "q", 0.5),
        };

        var html = TelegramHtmlRenderer.Render(new OutgoingReply(ReplyKind.Answer, "Text [1] [2]", citations, null))[0];

        Assert.Contains("<a href=\"https://example.org/a?b=&quot;c&quot;&amp;d=&lt;e&gt;\">Safe</a> — Outlet, date unknown", html);
        Assert.Contains("[2] Not a link — Outlet, date unknown", html);
        Assert.DoesNotContain("javascript:", html);
    }
}
