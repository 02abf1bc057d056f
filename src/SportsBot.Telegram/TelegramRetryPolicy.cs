using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Chat;
using Telegram.Bot.Exceptions;

namespace SportsBot.Telegram;

/// <summary>
/// The one place that decides how Bot API calls are retried: a 429 waits the retry_after Telegram asks for;
/// network errors, timeouts and 5xx back off exponentially; anything else (400, 401, 403) is not retried.
/// Polling uses it without an attempt limit, sending with <see cref="TelegramOptions.SendAttempts"/>.
/// </summary>
public sealed class TelegramRetryPolicy(IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramRetryPolicy> logger)
{
    public async Task<T> ExecuteAsync<T>(string operation, Func<CancellationToken, Task<T>> call, int maxAttempts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && attempt < maxAttempts && DelayFor(ex, attempt) is { } delay)
            {
                if (ex is ApiRequestException { ErrorCode: 429 })
                {
                    logger.LogWarning("Telegram flood control on {Operation}: waiting {DelaySeconds} s as asked", operation, delay.TotalSeconds);
                }
                else
                {
                    logger.LogWarning(ex, "Telegram {Operation} failed (attempt {Attempt}); retrying in {DelayMs} ms", operation, attempt, (int)delay.TotalMilliseconds);
                }

                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    /// <summary>How long to wait before trying again, or null when trying again cannot help.</summary>
    public TimeSpan? DelayFor(Exception exception, int attempt)
    {
        var o = options.Value;
        switch (exception)
        {
            case ApiRequestException { ErrorCode: 429 } flood:
                var seconds = Math.Clamp(flood.Parameters?.RetryAfter ?? 1, 1, o.MaxRetryAfterSeconds);
                return TimeSpan.FromSeconds(seconds);
            case ApiRequestException { ErrorCode: >= 500 }:
            case ApiRequestException { ErrorCode: 409 }: // another poller or a webhook: wait, it may go away
            case RequestException { HttpStatusCode: null or >= HttpStatusCode.InternalServerError } when exception is not ApiRequestException:
            case HttpRequestException:
            case TaskCanceledException: // HttpClient timeout; a real cancellation never gets here
            case IOException:
                return ExponentialBackoff.Delay(TimeSpan.FromMilliseconds(o.BackoffInitialMilliseconds), TimeSpan.FromSeconds(o.BackoffMaxSeconds), attempt);
            default:
                return null;
        }
    }
}
