using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SportsBot.Core.Chat;

namespace SportsBot.Tests.Chat;

/// <summary>Members' cooldowns and the channel's shared budget, on a clock the test moves.</summary>
public sealed class ChatRateLimiterTests
{
    private static readonly ChannelKey Channel = new("test", new ChannelId("busy-group"));

    [Fact]
    public void A_channel_that_used_its_minute_is_told_the_seconds_left_and_is_answered_again_when_they_pass()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var limiter = new ChatRateLimiter(Options.Create(new ChatOptions { ChannelRequestsPerMinute = 3 }), time);
        var settings = new ChatOptions().DefaultsFor(Channel) with { CooldownSeconds = 0 };

        var first = Enumerable.Range(1, 3).Select(i => limiter.Check(Channel, new UserId($"fan-{i}"), settings, ChatRole.Member, costly: true)).ToList();
        time.Advance(TimeSpan.FromSeconds(20));
        var fourth = limiter.Check(Channel, new UserId("fan-4"), settings, ChatRole.Member, costly: true);
        var again = limiter.Check(Channel, new UserId("fan-4"), settings, ChatRole.Member, costly: true);
        var moderator = limiter.Check(Channel, new UserId("mod"), settings, ChatRole.Moderator, costly: true);
        time.Advance(TimeSpan.FromSeconds(40));
        var later = limiter.Check(Channel, new UserId("fan-4"), settings, ChatRole.Member, costly: true);

        Assert.All(first, d => Assert.True(d.Admitted));
        Assert.Equal("This channel has asked me a lot in the last minute; please try again in 40 s.", fourth.Notice);
        Assert.Equal(RateLimitDecision.Silent, again);
        Assert.True(moderator.Admitted);
        Assert.True(later.Admitted);
    }

    [Fact]
    public void A_members_cooldown_ends_when_its_seconds_have_passed_on_the_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var limiter = new ChatRateLimiter(Options.Create(new ChatOptions()), time);
        var settings = new ChatOptions().DefaultsFor(Channel) with { CooldownSeconds = 10 };
        var fan = new UserId("fan");

        Assert.True(limiter.Check(Channel, fan, settings, ChatRole.Member, costly: true).Admitted);
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.False(limiter.Check(Channel, fan, settings, ChatRole.Member, costly: true).Admitted);
        // Browsing is not a question: it only uses the channel's budget.
        Assert.True(limiter.Check(Channel, fan, settings, ChatRole.Member, costly: false).Admitted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.Check(Channel, fan, settings, ChatRole.Member, costly: true).Admitted);
    }
}
