using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SportsBot.Tests.Discord;
using SportsBot.Telegram;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace SportsBot.Tests.Telegram;

/// <summary>How Bot API calls are retried, on a clock the test moves: flood waits as Telegram names them, growing pauses after failures.</summary>
public sealed class TelegramResilienceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    private TelegramResilience Resilience(TelegramOptions? options = null)
    {
        var o = Options.Create(options ?? new TelegramOptions { Token = FakeTelegramApi.Token });
        return new TelegramResilience(o, new TelegramTokenRedactor(o), _time, NullLogger<TelegramResilience>.Instance);
    }

    [Fact]
    public async Task A_flood_wait_is_waited_out_for_as_long_as_telegram_asks_and_no_less()
    {
        var attempts = 0;
        var sending = Resilience().SendAsync("sendMessage", _ => ++attempts == 1
            ? throw new ApiRequestException("Too Many Requests: retry after 5", 429, new ResponseParameters { RetryAfter = 5 })
            : Task.FromResult("sent"), CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.Equal(1, attempts);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal("sent", await sending.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_network_error_is_tried_again_after_a_pause_and_a_refusal_is_not_tried_again()
    {
        var attempts = 0;
        var sending = Resilience().SendAsync("sendMessage", _ => ++attempts == 1 ? throw new HttpRequestException("connection reset") : Task.FromResult("sent"), CancellationToken.None);

        Assert.Equal(1, attempts);
        _time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal("sent", await sending.WaitAsync(TimeSpan.FromSeconds(10)));

        var refusals = 0;
        await Assert.ThrowsAsync<ApiRequestException>(() => Resilience().SendAsync<string>("sendMessage", _ => ++refusals > 0 ? throw new ApiRequestException("Forbidden: bot was kicked", 403) : Task.FromResult("sent"), CancellationToken.None));
        Assert.Equal(1, refusals);
    }

    [Fact]
    public async Task Sending_gives_up_after_the_configured_attempts()
    {
        var attempts = 0;
        var sending = Resilience(new TelegramOptions { Token = FakeTelegramApi.Token, SendAttempts = 3 })
            .SendAsync<string>("sendMessage", _ => throw new ApiRequestException($"Bad Gateway {++attempts}", 502), CancellationToken.None);

        await Eventually.TrueAsync(() =>
        {
            _time.Advance(TimeSpan.FromSeconds(60));
            return sending.IsCompleted;
        }, "sending to give up");

        var failure = await Assert.ThrowsAsync<ApiRequestException>(() => sending);
        Assert.Equal("Bad Gateway 3", failure.Message);
        Assert.Equal(3, attempts);
    }
}
