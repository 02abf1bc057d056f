using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SportsBot.Discord.Rest;

namespace SportsBot.Tests.Discord;

/// <summary>Discord's rate-limit buckets over a long run: every interaction token is a bucket of its own, and memory must stay flat.</summary>
public sealed class DiscordRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_buckets_of_answered_interactions_are_forgotten_once_they_reset()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new DiscordRateLimiter(time);
        for (var i = 0; i < 3_000; i++)
        {
            limiter.Update(Followup($"token-{i}"), Headers(remaining: 4, resetAfter: 1.5));
        }

        Assert.Equal(3_000, limiter.BucketCount);
        time.Advance(TimeSpan.FromMinutes(2));
        await limiter.WaitAsync(Followup("token-new"), CancellationToken.None);

        await Eventually.TrueAsync(() => limiter.BucketCount == 0, "the reset buckets to be forgotten", explain: () => $"{limiter.BucketCount} left");
    }

    [Fact]
    public void No_more_buckets_are_kept_than_the_limit_however_many_interactions_come()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new DiscordRateLimiter(time);
        for (var i = 0; i < DiscordRateLimiter.MaxBuckets + 2_000; i++)
        {
            limiter.Update(Followup($"token-{i}"), Headers(remaining: 4, resetAfter: 600));
        }

        Assert.InRange(limiter.BucketCount, 1, DiscordRateLimiter.MaxBuckets);
    }

    [Fact]
    public async Task A_call_on_an_empty_bucket_waits_until_it_resets()
    {
        var time = new FakeTimeProvider(Start);
        using var limiter = new DiscordRateLimiter(time);
        var route = Followup("token-a");
        limiter.Update(route, Headers(remaining: 0, resetAfter: 2));

        var waiting = limiter.WaitAsync(route, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static DiscordRoute Followup(string token) =>
        new("POST", $"webhooks/900/{token}", "webhooks/{application}/{token}", "900/" + token);

    private static System.Net.Http.Headers.HttpResponseHeaders Headers(int remaining, double resetAfter)
    {
        var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Bucket", "webhook-bucket");
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(CultureInfo.InvariantCulture));
        return response.Headers;
    }
}
