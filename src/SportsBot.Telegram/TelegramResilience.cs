using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Telegram.Bot.Exceptions;

namespace SportsBot.Telegram;

/// <summary>
/// The one place that decides how Bot API calls are retried, as Polly pipelines: a 429 waits the retry_after
/// Telegram names (at most <see cref="TelegramOptions.MaxRetryAfterSeconds"/>); network errors, timeouts, 5xx and
/// 409 back off exponentially with jitter; anything else (400, 401, 403) is not retried. Polling never gives up;
/// sending gives up after <see cref="TelegramOptions.SendAttempts"/>. Telegram.Bot's own 429 handling stays off so
/// nothing is retried twice over. Every failure that leaves here has the bot token taken out of its text.
/// </summary>
public sealed class TelegramResilience
{
    private readonly ResiliencePipeline _polling;
    private readonly ResiliencePipeline _sending;
    private readonly TelegramTokenRedactor _redactor;

    public TelegramResilience(IOptions<TelegramOptions> options, TelegramTokenRedactor redactor, TimeProvider time, ILogger<TelegramResilience> logger)
    {
        _redactor = redactor;
        var o = options.Value;
        _polling = Build(int.MaxValue, o, time, logger);
        _sending = o.SendAttempts > 1 ? Build(o.SendAttempts - 1, o, time, logger) : ResiliencePipeline.Empty;
    }

    /// <summary>getUpdates and getMe: tried until it works or the bot stops.</summary>
    public Task<T> PollAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        RunAsync(_polling, operation, call, cancellationToken);

    /// <summary>Everything else: tried <see cref="TelegramOptions.SendAttempts"/> times.</summary>
    public Task<T> SendAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        RunAsync(_sending, operation, call, cancellationToken);

    public Task SendAsync(string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(_sending, operation, async ct =>
        {
            await call(ct);
            return true;
        }, cancellationToken);

    private async Task<T> RunAsync<T>(ResiliencePipeline pipeline, string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            return await pipeline.ExecuteAsync(
                async (ctx, state) =>
                {
                    try
                    {
                        return await state(ctx.CancellationToken);
                    }
                    catch (Exception ex) when (_redactor.Redact(ex) is { } redacted && !ReferenceEquals(redacted, ex))
                    {
                        throw redacted;
                    }
                },
                context,
                call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ResiliencePipeline Build(int retries, TelegramOptions o, TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(o.BackoffInitialMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(o.BackoffMaxSeconds),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && !args.Context.CancellationToken.IsCancellationRequested && IsWorthRetrying(ex)),
                DelayGenerator = args => ValueTask.FromResult(FloodWait(args.Outcome.Exception, o)),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is ApiRequestException { ErrorCode: 429 })
                    {
                        logger.LogWarning("Telegram flood control on {Operation}: waiting {DelaySeconds} s as asked", args.Context.OperationKey, args.RetryDelay.TotalSeconds);
                    }
                    else
                    {
                        logger.LogWarning(args.Outcome.Exception, "Telegram {Operation} failed (attempt {Attempt}); retrying in {DelayMs} ms", args.Context.OperationKey, args.AttemptNumber + 1, (int)args.RetryDelay.TotalMilliseconds);
                    }

                    return default;
                },
            })
            .Build();

    /// <summary>A 429's wait as Telegram names it (Polly does not cap it at MaxDelay); null leaves the exponential backoff.</summary>
    private static TimeSpan? FloodWait(Exception? exception, TelegramOptions o) =>
        exception is ApiRequestException { ErrorCode: 429 } flood
            ? TimeSpan.FromSeconds(Math.Clamp(flood.Parameters?.RetryAfter ?? 1, 1, o.MaxRetryAfterSeconds))
            : null;

    private static bool IsWorthRetrying(Exception exception) => exception switch
    {
        ApiRequestException { ErrorCode: 429 or 409 or >= 500 } => true, // 409: another poller or a webhook; it may go away
        ApiRequestException => false,
        RequestException { HttpStatusCode: null or >= System.Net.HttpStatusCode.InternalServerError } => true,
        HttpRequestException or TaskCanceledException or IOException => true, // TaskCanceled here is HttpClient's timeout
        _ => false,
    };
}
