using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SportsBot.Discord.Model;
using SportsBot.Discord.Rest;
using SportsBot.Discord.Wire;

namespace SportsBot.Discord.Gateway;

/// <summary>
/// The gateway session: HELLO, heartbeats (<see cref="DiscordHeartbeat"/>), IDENTIFY, READY's session id and
/// resume URL and sequence numbers (<see cref="DiscordResumeState"/>), and every way back after a drop. A missed heartbeat ACK, RECONNECT (op 7), a
/// resumable INVALID_SESSION and resumable close codes RESUME; a non-resumable INVALID_SESSION waits 1–5 s and
/// identifies afresh; close codes 4004 and 4010–4014 end <see cref="RunAsync"/> with <see cref="DiscordGatewayRefusedException"/>.
/// </summary>
public sealed class DiscordGateway(DiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordGateway> logger)
{
    public const DiscordIntents Intents = DiscordIntents.Guilds | DiscordIntents.GuildMessages | DiscordIntents.DirectMessages | DiscordIntents.MessageContent;

    /// <summary>A client close code that is not 1000/1001, so Discord keeps the session for a RESUME.</summary>
    private const int ResumableCloseCode = 4900;

    /// <summary>Failed resumes in a row after which the session is given up for a fresh IDENTIFY.</summary>
    private const int MaxResumeFailures = 3;

    private readonly DiscordResumeState _session = new();
    private string? _gatewayUrl;

    /// <summary>Connects and stays connected until cancelled, handing every dispatch the adapter acts on to <paramref name="onEvent"/>.</summary>
    /// <param name="onEvent">Called on the receive loop: it must hand work off quickly, or heartbeat ACKs go unread.</param>
    /// <exception cref="DiscordGatewayRefusedException">Discord refused the bot; reconnecting cannot help.</exception>
    public async Task RunAsync(Func<DiscordEvent, CancellationToken, Task> onEvent, CancellationToken cancellationToken)
    {
        // Failed connections in a row back off exponentially (Polly, with jitter); a connection that was healthy
        // starts the count again, so one drop after days online is retried at once.
        var failures = 0;
        var reconnect = ReconnectPipeline();
        while (!cancellationToken.IsCancellationRequested)
        {
            ConnectionEnd end;
            try
            {
                end = await reconnect.ExecuteAsync(
                    async ct =>
                    {
                        var ended = await ConnectOnceAsync(onEvent, failures, ct);
                        failures = ended.Healthy ? 0 : failures + 1;
                        return ended;
                    },
                    cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            var delay = end.Delay ?? TimeSpan.FromMilliseconds(options.Value.BackoffInitialMilliseconds);
            LogReconnect(end, delay);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One connection, from connecting to its end; anything but Discord refusing the bot becomes an end to reconnect after.</summary>
    private async ValueTask<ConnectionEnd> ConnectOnceAsync(Func<DiscordEvent, CancellationToken, Task> onEvent, int failuresBefore, CancellationToken cancellationToken)
    {
        var resuming = _session.CanResume;
        ConnectionEnd end;
        try
        {
            var url = resuming ? _session.ResumeUrl! : await GatewayUrlAsync(cancellationToken);
            end = await RunConnectionAsync(WithQuery(url), resuming, onEvent, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (DiscordApiException ex) when (ex.Status == 401)
        {
            throw new DiscordGatewayRefusedException("Discord refused the bot token (401 Unauthorized on GET /gateway/bot); check Discord:Token.");
        }
        catch (Exception ex) when (ex is not DiscordGatewayRefusedException)
        {
            // Network trouble is expected now and then and its message says it all; anything else keeps its stack trace.
            var expected = ex is WebSocketException or HttpRequestException or IOException or TimeoutException or DiscordApiException;
            end = new ConnectionEnd(Resume: true, Healthy: false, Delay: null, Reason: ex.Message, Error: expected ? null : ex);
        }

        if (!end.Resume || (!end.Healthy && resuming && failuresBefore + 1 > MaxResumeFailures))
        {
            _session.Forget();
        }

        return end;
    }

    /// <summary>Reconnects after every failed connection, as long as the adapter runs; returns the end of a healthy one.</summary>
    private ResiliencePipeline<ConnectionEnd> ReconnectPipeline()
    {
        var o = options.Value;
        return new ResiliencePipelineBuilder<ConnectionEnd> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<ConnectionEnd>
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(o.BackoffInitialMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(o.BackoffMaxSeconds),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Healthy: false } && !args.Context.CancellationToken.IsCancellationRequested),
                // Discord's own waits (op 9's 1–5 s) come first.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.Delay),
                OnRetry = args =>
                {
                    LogReconnect(args.Outcome.Result!, args.RetryDelay);
                    return default;
                },
            })
            .Build();
    }

    private void LogReconnect(ConnectionEnd end, TimeSpan delay) =>
        // Discord's own requests (op 7, op 9) are routine; drops, dead connections and failures are worth a look.
        logger.Log(
            end.Delay is null ? LogLevel.Warning : LogLevel.Information,
            end.Error,
            "Discord gateway: {Reason}; {Next} in {DelayMs} ms",
            end.Reason,
            _session.SessionId is null ? "identifying" : "resuming",
            (int)delay.TotalMilliseconds);

    private async Task<ConnectionEnd> RunConnectionAsync(Uri url, bool resuming, Func<DiscordEvent, CancellationToken, Task> onEvent, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var connectTimeout = TimeSpan.FromSeconds(o.ConnectTimeoutSeconds);
        await using var socket = await DiscordGatewaySocket.ConnectAsync(url, connectTimeout, cancellationToken);
        DiscordGatewayFrame? hello;
        using (var helloLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            helloLimit.CancelAfter(connectTimeout);
            try
            {
                hello = await socket.ReceiveAsync(helloLimit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"no HELLO within {o.ConnectTimeoutSeconds} s of connecting");
            }
        }

        if (hello is not { Op: DiscordGatewayOpCode.Hello })
        {
            return Closed(socket, healthy: false);
        }

        var interval = TimeSpan.FromMilliseconds(hello.Data.GetProperty("heartbeat_interval").GetDouble());
        var heart = new DiscordHeartbeat(socket, interval, () => _session.Sequence, time);
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = heart.RunAsync(connection.Token);
        var healthy = false;
        try
        {
            await socket.SendAsync(
                resuming ? DiscordJsonWriter.Resume(o.Token!, _session.SessionId!, _session.Sequence) : DiscordJsonWriter.Identify(o.Token!, (int)Intents, o.ShardId, o.ShardCount),
                cancellationToken);
            while (true)
            {
                DiscordGatewayFrame? frame;
                try
                {
                    frame = await socket.ReceiveAsync(connection.Token);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && (heart.Missed || ex is WebSocketException or IOException))
                {
                    return new ConnectionEnd(Resume: true, healthy, null, heart.Missed ? "no heartbeat ACK since the last heartbeat, the connection is dead" : $"the connection dropped ({ex.Message})");
                }

                if (frame is null)
                {
                    return Closed(socket, healthy);
                }

                if (frame.Sequence is { } sequence)
                {
                    _session.Saw(sequence);
                }

                switch (frame.Op)
                {
                    case DiscordGatewayOpCode.Dispatch:
                        healthy |= await DispatchAsync(frame, onEvent, cancellationToken);
                        break;
                    case DiscordGatewayOpCode.Heartbeat:
                        await socket.SendAsync(DiscordJsonWriter.Heartbeat(_session.Sequence), cancellationToken);
                        break;
                    case DiscordGatewayOpCode.HeartbeatAck:
                        heart.Acknowledge();
                        break;
                    case DiscordGatewayOpCode.Reconnect:
                        await socket.CloseAsync(ResumableCloseCode, "reconnect requested");
                        return new ConnectionEnd(Resume: true, Healthy: true, TimeSpan.Zero, "Discord asked for a reconnect (op 7)");
                    case DiscordGatewayOpCode.InvalidSession:
                        var resumable = frame.Data.ValueKind == JsonValueKind.True;
                        await socket.CloseAsync(resumable ? ResumableCloseCode : 1000, "invalid session");
                        return new ConnectionEnd(resumable, Healthy: true, InvalidSessionDelay(), $"Discord invalidated the session (op 9, {(resumable ? "resumable" : "not resumable")})");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: 1000 ends the session, so Discord shows the bot offline at once.
            await socket.CloseAsync(1000, "shutting down");
            throw;
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeat;
        }
    }

    /// <returns>True when the session is established (READY or RESUMED).</returns>
    private async Task<bool> DispatchAsync(DiscordGatewayFrame frame, Func<DiscordEvent, CancellationToken, Task> onEvent, CancellationToken cancellationToken)
    {
        if (frame.Type == "RESUMED")
        {
            logger.LogInformation("Discord gateway: session {SessionId} resumed", _session.SessionId);
            return true;
        }

        DiscordEvent? received;
        try
        {
            received = DiscordJsonReader.Dispatch(frame.Type ?? string.Empty, frame.Data);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            logger.LogWarning(ex, "Discord gateway: could not read a {EventType} event; skipping it", frame.Type);
            return false;
        }

        if (received is DiscordReady ready)
        {
            _session.Started(ready.SessionId, ready.ResumeGatewayUrl);
            logger.LogInformation("Discord gateway: ready as {BotName} ({BotId}), session {SessionId}", ready.User.Username, ready.User.Id, ready.SessionId);
        }

        if (received is not null)
        {
            await onEvent(received, cancellationToken);
        }

        return received is DiscordReady;
    }

    private ConnectionEnd Closed(DiscordGatewaySocket socket, bool healthy)
    {
        var code = socket.CloseCode;
        if (code is { } c && DiscordCloseCodes.FatalReason(c) is { } fatal)
        {
            throw new DiscordGatewayRefusedException(fatal);
        }

        var reason = code is null ? "the connection dropped" : $"Discord closed the connection ({code}{(string.IsNullOrEmpty(socket.CloseReason) ? string.Empty : $" {socket.CloseReason}")})";
        return new ConnectionEnd(!DiscordCloseCodes.EndsSession(code), healthy, null, reason);
    }

    private async Task<string> GatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (_gatewayUrl is null)
        {
            var configured = options.Value.GatewayUrl;
            _gatewayUrl = string.IsNullOrWhiteSpace(configured) ? (await rest.GetGatewayBotAsync(cancellationToken)).Url : configured;
        }

        return _gatewayUrl;
    }

    private TimeSpan InvalidSessionDelay()
    {
        var o = options.Value;
        return TimeSpan.FromMilliseconds(Random.Shared.Next(o.InvalidSessionMinDelayMilliseconds, o.InvalidSessionMaxDelayMilliseconds + 1));
    }

    /// <summary>The gateway URL with the API version and encoding this client speaks, unless it names them itself.</summary>
    private static Uri WithQuery(string url) =>
        new(url.Contains('?', StringComparison.Ordinal) ? url : url.TrimEnd('/') + "/?v=10&encoding=json");
}
