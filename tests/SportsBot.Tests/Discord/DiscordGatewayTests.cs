using System.Text.Json.Nodes;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Discord;

/// <summary>The gateway protocol as Discord specifies it: IDENTIFY, heartbeats, and every way back after a drop.</summary>
[Collection(DiscordCollection.Name)]
public sealed class DiscordGatewayTests(DiscordBotFixture fixture)
{
    private const string Question = "Can Belarusian athletes compete at Paris 2024?";
    private readonly FakeDiscord _discord = fixture.Discord;
    private FakeDiscordGateway Gateway => _discord.Gateway;

    private Task<ExpectedAnswer> AnswerAsync() => ExpectedAnswer.ForAsync(fixture.Host, Question);

    /// <summary>What the gateway saw and the bot logged, for a wait that times out.</summary>
    private string Explain() =>
        $"Frames (connection:op): {string.Join(" ", Gateway.Frames.TakeLast(40).Select(f => $"{f.Connection}:{f.Op}"))}; ready on {Gateway.ReadyConnection?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}. Bot log: {_discord.BotLog?.Invoke()}";

    [Fact]
    public async Task Identify_carries_the_token_intents_and_shard_and_heartbeats_carry_the_last_sequence_number()
    {
        Assert.Contains(_discord.Calls, c => c is { Method: "GET", Path: "gateway/bot", Status: 200 });
        var identify = Gateway.Frames.First(f => f.Op == 2);
        Assert.Equal("/gateway", identify.Path);
        Assert.Equal(FakeDiscord.Token, identify.Data!["token"]!.GetValue<string>());
        // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT
        Assert.Equal(1 | 512 | 4096 | 32768, identify.Data["intents"]!.GetValue<int>());
        Assert.Equal([0, 1], identify.Data["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.NotNull(identify.Data["properties"]?["os"]);
        Assert.Equal(1, Gateway.Frames.Count(f => f.Op == 2 && f.Connection == identify.Connection));

        // An event the bot ignores still moves the sequence on; the next heartbeat must report it.
        var sent = DateTimeOffset.UtcNow;
        var sequence = await Gateway.DispatchAsync("TYPING_START", new JsonObject { ["channel_id"] = fixture.NewChannel(), ["user_id"] = "1" });
        var heartbeat = await Eventually.GetAsync(
            () => Gateway.Frames.FirstOrDefault(f => f.Op == 1 && f.At > sent && f.Data is JsonValue v && v.GetValue<long>() == sequence),
            $"a heartbeat carrying sequence {sequence}", explain: Explain);

        // And they keep coming, every interval.
        await Eventually.TrueAsync(() => Gateway.Frames.Any(f => f.Op == 1 && f.Connection == heartbeat.Connection && f.At > heartbeat.At), "the next heartbeat", explain: Explain);
        Assert.All(Gateway.Frames.Where(f => f.Op == 1 && f.Connection == identify.Connection), f => Assert.True(f.At > identify.At));
    }

    [Fact]
    public async Task A_forced_reconnect_resumes_on_the_resume_url_with_the_session_id_and_last_sequence()
    {
        var session = Gateway.SessionId;
        var before = await Gateway.ReadyConnectionAsync();
        await Gateway.DispatchAsync("TYPING_START", new JsonObject { ["channel_id"] = fixture.NewChannel(), ["user_id"] = "1" });
        var expected = Gateway.LastSequence;

        await Gateway.SendOpAsync(7, null);
        var resume = await Eventually.GetAsync(() => Gateway.Frames.FirstOrDefault(f => f.Op == 6 && f.Connection > before), "a RESUME", explain: Explain);

        Assert.Equal("/resume", resume.Path);
        Assert.Equal(session, resume.Data!["session_id"]!.GetValue<string>());
        Assert.Equal(expected, resume.Data["seq"]!.GetValue<long>());
        Assert.Equal(FakeDiscord.Token, resume.Data["token"]!.GetValue<string>());
        await Eventually.TrueAsync(() => Gateway.ReadyConnection == resume.Connection, "the session to be resumed", explain: Explain);
        Assert.DoesNotContain(Gateway.Frames, f => f.Op == 2 && f.Connection == resume.Connection);
        Assert.Equal(session, Gateway.SessionId);

        var channel = fixture.NewChannel();
        await _discord.SendMessageAsync(channel, DiscordBotFixture.GuildId, fixture.NewUser("Fan"), $"<@{FakeDiscord.BotId}> {Question}");
        DiscordAnswerAssert.Shows(await AnswerAsync(), await _discord.WaitForPostAsync(channel, 0));
    }

    [Theory]
    [InlineData("close 4000")]
    [InlineData("close 4008")]
    [InlineData("op 9 resumable")]
    public async Task A_resumable_close_or_invalid_session_is_resumed_in_the_same_session(string how)
    {
        var session = Gateway.SessionId;
        var before = await Gateway.ReadyConnectionAsync();

        await (how switch
        {
            "op 9 resumable" => Gateway.SendOpAsync(9, true),
            _ => Gateway.CloseCurrentAsync(int.Parse(how[^4..], System.Globalization.CultureInfo.InvariantCulture)),
        });
        var resume = await Eventually.GetAsync(() => Gateway.Frames.FirstOrDefault(f => f.Op == 6 && f.Connection > before), "a RESUME", explain: Explain);
        await Eventually.TrueAsync(() => Gateway.ReadyConnection == resume.Connection, "the session to be resumed", explain: Explain);

        Assert.Equal(session, resume.Data!["session_id"]!.GetValue<string>());
        Assert.Equal(session, Gateway.SessionId);
    }

    [Fact]
    public async Task After_missed_heartbeat_acks_the_bot_resumes_and_answers_a_message_sent_while_it_was_away()
    {
        var before = await Gateway.ReadyConnectionAsync();
        var channel = fixture.NewChannel();
        Gateway.HoldNewConnections = true;
        Gateway.AckHeartbeats = false;
        try
        {
            await Eventually.TrueAsync(() => Gateway.ReadyConnection is null, "the bot to drop the connection that stopped acknowledging heartbeats", explain: Explain);
            Gateway.AckHeartbeats = true;
            await _discord.SendMessageAsync(channel, DiscordBotFixture.GuildId, fixture.NewUser("Fan"), $"<@{FakeDiscord.BotId}> {Question}");
        }
        finally
        {
            Gateway.AckHeartbeats = true;
            Gateway.HoldNewConnections = false;
        }

        var resume = await Eventually.GetAsync(() => Gateway.Frames.FirstOrDefault(f => f.Op == 6 && f.Connection > before), "a RESUME after the missed ACK", explain: Explain);
        Assert.Equal(Gateway.SessionId, resume.Data!["session_id"]!.GetValue<string>());
        // The message was replayed on RESUME; nothing else could have delivered it.
        DiscordAnswerAssert.Shows(await AnswerAsync(), await _discord.WaitForPostAsync(channel, 0));
        Assert.DoesNotContain(Gateway.Frames, f => f.Op == 2 && f.Connection > before);
    }

    [Fact]
    public async Task An_invalid_session_that_cannot_be_resumed_leads_to_a_fresh_identify_and_the_bot_answers_again()
    {
        var oldSession = Gateway.SessionId;
        var before = await Gateway.ReadyConnectionAsync();

        await Gateway.SendOpAsync(9, false);
        var identify = await Eventually.GetAsync(() => Gateway.Frames.FirstOrDefault(f => f.Op == 2 && f.Connection > before), "a fresh IDENTIFY", explain: Explain);
        await Eventually.TrueAsync(() => Gateway.ReadyConnection == identify.Connection, "a new session", explain: Explain);

        Assert.Equal("/gateway", identify.Path);
        Assert.NotEqual(oldSession, Gateway.SessionId);
        Assert.DoesNotContain(Gateway.Frames, f => f.Op == 6 && f.Connection == identify.Connection);
        var channel = fixture.NewChannel();
        await _discord.SendMessageAsync(channel, DiscordBotFixture.GuildId, fixture.NewUser("Fan"), $"<@{FakeDiscord.BotId}> {Question}");
        DiscordAnswerAssert.Shows(await AnswerAsync(), await _discord.WaitForPostAsync(channel, 0));
    }
}
