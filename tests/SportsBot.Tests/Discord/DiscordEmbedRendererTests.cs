using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Discord.Chat;
using SportsBot.Discord.Model;

namespace SportsBot.Tests.Discord;

/// <summary>Replies as Discord messages: limits kept by splitting, sources never lost, markup from sources shown as text.</summary>
public sealed class DiscordEmbedRendererTests
{
    private static Citation Source(int n, string title = "Title", string? url = null, string quote = "quote") =>
        new(n, title, "Outlet", url, new DateOnly(2024, 1, 1 + (n % 28)), $"a{n}", quote, 0.5);

    [Fact]
    public void An_answer_is_an_embed_with_one_field_per_source_replying_to_the_question()
    {
        var reply = new OutgoingReply(ReplyKind.Answer, "As of 1 January 2024, yes. [1]", [Source(1, url: "https://www.example.org/a")], new MessageId("42"));

        var message = Assert.Single(DiscordEmbedRenderer.Render(reply));

        Assert.Equal("42", message.ReplyToMessageId);
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("As of 1 January 2024, yes. \\[1\\]", embed.Description);
        Assert.Equal(new DiscordEmbedField("[1] Title", "Outlet, 2 January 2024 · [example.org](https://www.example.org/a)"), Assert.Single(embed.Fields));
    }

    [Fact]
    public void Long_answers_and_many_sources_are_split_within_every_discord_limit_and_keep_every_source()
    {
        var paragraphs = Enumerable.Range(0, 30).Select(i => $"Paragraph {i}: " + string.Concat(Enumerable.Repeat("Neutral athletes may compete under strict conditions. ", 6)));
        var citations = Enumerable.Range(1, 40).Select(n => Source(n, new string('T', 300), "https://example.org/" + n, new string('q', 2000))).ToList();
        var reply = new OutgoingReply(ReplyKind.Sources, string.Join("\n\n", paragraphs), citations, new MessageId("7"));

        var messages = DiscordEmbedRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.Equal("7", messages[0].ReplyToMessageId);
        Assert.All(messages.Skip(1), m => Assert.Null(m.ReplyToMessageId));
        Assert.All(messages, m =>
        {
            Assert.InRange(m.Embeds.Count, 1, DiscordLimits.EmbedsPerMessage);
            Assert.InRange(m.Embeds.Sum(e => e.Length), 1, DiscordLimits.EmbedTotal);
            Assert.All(m.Embeds, e =>
            {
                Assert.InRange(e.Description?.Length ?? 0, 0, DiscordLimits.EmbedDescription);
                Assert.InRange(e.Fields.Count, 0, DiscordLimits.FieldsPerEmbed);
                Assert.All(e.Fields, f => Assert.InRange(f.Name.Length, 1, DiscordLimits.FieldName));
                Assert.All(e.Fields, f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
            });
        });
        var fields = messages.SelectMany(m => m.Embeds).SelectMany(e => e.Fields).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"[{n}]"), fields.Select(f => f.Name[..f.Name.IndexOf(' ')]));
        Assert.All(fields, f => Assert.Contains("\n> qqq", f.Value));
        var description = string.Join("\n\n", messages.SelectMany(m => m.Embeds).Select(e => e.Description).OfType<string>());
        Assert.All(paragraphs, p => Assert.Contains(p.Trim(), description));
    }

    [Fact]
    public void A_notice_longer_than_a_message_is_split_into_plain_text_messages_of_at_most_2000_characters()
    {
        var lines = Enumerable.Range(1, 120).Select(i => $"#article-{i} — A title of some length for article {i} (Outlet, 1 January 2024)");
        var messages = DiscordEmbedRenderer.Render(OutgoingReply.Notice(string.Join('\n', lines), new MessageId("1")));

        Assert.True(messages.Count > 1);
        Assert.All(messages, m =>
        {
            Assert.Empty(m.Embeds);
            Assert.InRange(m.Content!.Length, 1, DiscordLimits.Content);
        });
        // Each line arrives whole: the split falls between lines, and the "#" that would make a heading is escaped.
        Assert.All(messages, m => Assert.All(m.Content!.Split('\n'), l => Assert.StartsWith("\\#article-", l)));
    }

    [Fact]
    public void Markup_mentions_and_links_from_sources_arrive_as_text()
    {
        var citations = new List<Citation>
        {
            Source(1, "**[Click me](https://evil.example)** <@123> @everyone", "https://example.org/a_(b) c"),
            Source(2, "Not a link", "javascript:alert(1)"),
        };

        var embed = DiscordEmbedRenderer.Render(new OutgoingReply(ReplyKind.Answer, "> quoted _text_ ||spoiler|| [1] [2]", citations, null))[0].Embeds[0];

        Assert.Equal("\\> quoted \\_text\\_ \\|\\|spoiler\\|\\| \\[1\\] \\[2\\]", embed.Description);
        Assert.Equal("[1] \\*\\*\\[Click me\\](https://evil.example)\\*\\* \\<@123> @\u200Beveryone", embed.Fields[0].Name);
        Assert.EndsWith("[example.org](https://example.org/a_%28b%29%20c)", embed.Fields[0].Value);
        Assert.Equal("Outlet, 3 January 2024", embed.Fields[1].Value);
    }
}
