using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Discord;

/// <summary>Discord's REST rate limits: 429 retry_after (per route and global) and the per-bucket headers.</summary>
[Collection(DiscordCollection.Name)]
public sealed class DiscordRateLimitTests(DiscordBotFixture fixture)
{
    private const string Question = "Can Belarusian athletes compete at Paris 2024?";
    private static readonly string Ask = $"<@{FakeDiscord.BotId}> {Question}";
    private readonly FakeDiscord _discord = fixture.Discord;

    private Task<ExpectedAnswer> AnswerAsync() => ExpectedAnswer.ForAsync(fixture.Host, Question);

    private List<RestCall> PostsTo(string channel) => [.. _discord.Calls.Where(c => c.Method == "POST" && c.Path == $"channels/{channel}/messages")];

    [Fact]
    public async Task A_429_is_honoured_by_waiting_retry_after_and_the_answer_is_posted_once()
    {
        var channel = fixture.NewChannel();
        _discord.Fail("POST", $"channels/{channel}/messages", 429, retryAfter: 1.0);

        await _discord.SendMessageAsync(channel, DiscordBotFixture.GuildId, fixture.NewUser("Fan"), Ask);
        var answer = await _discord.WaitForPostAsync(channel, 0);

        DiscordAnswerAssert.Shows(await AnswerAsync(), answer);
        var attempts = PostsTo(channel);
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        // The bot may wait longer than Discord asked, never less.
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
        Assert.Equal(1, _discord.CountIn(channel));
    }

    [Fact]
    public async Task A_global_429_holds_back_calls_on_every_route()
    {
        var limited = fixture.NewChannel();
        var other = fixture.NewChannel();
        _discord.Fail("POST", $"channels/{limited}/messages", 429, retryAfter: 1.0, global: true);

        await _discord.SendMessageAsync(limited, DiscordBotFixture.GuildId, fixture.NewUser("Fan"), Ask);
        var refused = await Eventually.GetAsync(() => PostsTo(limited).FirstOrDefault(), "the 429");
        var token = await _discord.InvokeAsync(other, DiscordBotFixture.GuildId, fixture.NewUser("Other fan"), DiscordBotFixture.MemberPermissions, "help");
        await _discord.WaitForPostAsync(token, 0);
        // Both calls wait out the same global limit, so the retried answer may land after the help reply.
        await _discord.WaitForPostAsync(limited, 0);

        // The deferral is sent the moment the command arrives, yet it waited out the global limit.
        var deferral = _discord.Calls.First(c => c.Path.Contains(token, StringComparison.Ordinal));
        Assert.Equal(200, PostsTo(limited)[1].Status);
        Assert.True(deferral.At - refused.At >= TimeSpan.FromSeconds(0.95), $"deferred {(deferral.At - refused.At).TotalMilliseconds} ms after the global 429");
    }

    [Fact]
    public async Task An_empty_bucket_is_waited_out_until_its_reset_before_the_next_call()
    {
        var channel = fixture.NewChannel();
        _discord.Limit("POST", $"channels/{channel}/messages", bucket: "bucket-" + channel, remaining: 0, resetAfter: 1.0);

        await _discord.SendMessageAsync(channel, DiscordBotFixture.GuildId, fixture.NewUser("Fan"), Ask);
        await _discord.WaitForPostAsync(channel, 0);
        await _discord.SendMessageAsync(channel, DiscordBotFixture.GuildId, fixture.NewUser("Other fan"), $"<@{FakeDiscord.BotId}> /help");
        var help = await _discord.WaitForPostAsync(channel, 1);

        Assert.StartsWith("I answer questions", help.Content);
        var calls = PostsTo(channel);
        Assert.Equal([200, 200], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.95), $"second call {(calls[1].At - calls[0].At).TotalMilliseconds} ms after the bucket ran empty");
    }

    [Fact]
    public async Task A_message_whose_answer_was_lost_is_sent_again_with_the_same_nonce_and_posted_once()
    {
        var channel = fixture.NewChannel();
        _discord.LoseAnswer("POST", $"channels/{channel}/messages");

        await _discord.SendMessageAsync(channel, DiscordBotFixture.GuildId, fixture.NewUser("Fan"), Ask);
        var answer = await _discord.WaitForPostAsync(channel, 0);
        await Eventually.TrueAsync(() => PostsTo(channel).Count >= 2, "the POST to be sent again");

        DiscordAnswerAssert.Shows(await AnswerAsync(), answer);
        Assert.Equal(1, _discord.CountIn(channel));
        var attempts = PostsTo(channel);
        Assert.Equal([0, 200], attempts.Select(a => a.Status));
        Assert.All(attempts, a => Assert.True(a.Body?["enforce_nonce"]?.GetValue<bool>()));
        Assert.Single(attempts.Select(a => a.Body?["nonce"]?.ToString()).Distinct());
    }
}
