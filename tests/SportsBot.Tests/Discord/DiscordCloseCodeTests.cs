using SportsBot.Discord.Gateway;

namespace SportsBot.Tests.Discord;

/// <summary>Which gateway close codes stop the bot for good, and what it tells the operator to change.</summary>
public sealed class DiscordCloseCodeTests
{
    [Theory]
    [InlineData(4004, "check Discord:Token")]
    [InlineData(4010, "Discord:ShardId and Discord:ShardCount")]
    [InlineData(4011, "Discord:ShardCount")]
    [InlineData(4012, "API version")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "enable it in the Developer Portal under Bot → Privileged Gateway Intents")]
    public void Refusals_stop_the_bot_with_what_to_change(int code, string advice)
    {
        var reason = DiscordCloseCodes.FatalReason(code);

        Assert.NotNull(reason);
        Assert.Contains($"close code {code}", reason);
        Assert.Contains(advice, reason);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4007)]
    [InlineData(4008)]
    [InlineData(4009)]
    public void Other_close_codes_reconnect_and_only_4007_and_4009_start_a_new_session(int code)
    {
        Assert.Null(DiscordCloseCodes.FatalReason(code));
        Assert.Equal(code is 4007 or 4009, DiscordCloseCodes.EndsSession(code));
    }
}
