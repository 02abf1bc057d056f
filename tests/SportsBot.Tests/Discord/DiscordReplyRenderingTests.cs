using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Discord.Chat;

namespace SportsBot.Tests.Discord;

/// <summary>Buttons and privacy as Discord messages: buttons under the last message of a reply, private replies ephemeral.</summary>
public sealed class DiscordReplyRenderingTests
{
    private static Citation Source(int n) => new(n, $"Source {n} " + new string('x', 200), "Outlet", null, new DateOnly(2024, 1, n), $"a{n}", new string('q', 900), 0.5);

    [Fact]
    public void A_long_answers_buttons_go_under_its_last_message_only()
    {
        var reply = new OutgoingReply(ReplyKind.Sources, "Sources:", [.. Enumerable.Range(1, 12).Select(Source)], new MessageId("9"))
        {
            Actions = ReplyActions.ForAnswer(hasSources: true),
        };

        var messages = DiscordEmbedRenderer.Render(reply);

        Assert.True(messages.Count > 1);
        Assert.All(messages.SkipLast(1), m => Assert.Empty(m.Buttons));
        Assert.Equal(["👍", "👎", "Sources"], messages[^1].Buttons.Select(b => b.Label));
        Assert.Equal([ReplyActions.Helpful, ReplyActions.Unhelpful, ReplyActions.Sources], messages[^1].Buttons.Select(b => b.CustomId));
    }

    [Fact]
    public void A_private_reply_is_ephemeral_and_a_public_one_is_not()
    {
        Assert.True(DiscordEmbedRenderer.Render(OutgoingReply.Notice("Only you", null) with { Private = true }).Single().Ephemeral);
        Assert.False(DiscordEmbedRenderer.Render(OutgoingReply.Notice("Everyone", null)).Single().Ephemeral);
    }
}
