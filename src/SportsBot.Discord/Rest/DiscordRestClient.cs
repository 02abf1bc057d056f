using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SportsBot.Discord.Commands;
using SportsBot.Discord.Model;
using SportsBot.Discord.Wire;

namespace SportsBot.Discord.Rest;

/// <summary>
/// Discord's REST API: the one class that sends HTTP and reads JSON for it, returning the adapter's own records.
/// Every call waits for its rate-limit bucket, waits out a 429 for the retry_after Discord names (global ones
/// included), retries network errors and 5xx with growing pauses (a Polly retry pipeline), and gives up after
/// Discord:SendAttempts. A channel message carries a nonce Discord enforces, so a POST retried after a timeout
/// whose first attempt did arrive is not posted twice.
/// </summary>
public sealed class DiscordRestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly DiscordRateLimiter _limiter;
    private readonly ResiliencePipeline _retry;
    private readonly IOptions<DiscordOptions> _options;
    private readonly ILogger<DiscordRestClient> _logger;

    public DiscordRestClient(IOptions<DiscordOptions> options, DiscordRateLimiter limiter, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        _options = options;
        _limiter = limiter;
        _logger = logger;
        _retry = RetryPipeline(options.Value, time, logger);
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds) };
        // Discord asks bots to name themselves in this form; it rejects unknown agents on some routes.
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://github.com/sportsbot/sportsbot, 1.0)");
    }

    public async Task<DiscordGatewayInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        DiscordJsonReader.GatewayInfo(await SendAsync(new DiscordRoute("GET", "gateway/bot", "gateway/bot", string.Empty), null, cancellationToken));

    /// <summary>Replaces the bot's slash commands (globally, or in one guild) with <paramref name="commands"/>.</summary>
    public Task OverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<DiscordSlashCommand> commands, CancellationToken cancellationToken)
    {
        var route = guildId is null
            ? new DiscordRoute("PUT", $"applications/{applicationId}/commands", "applications/{application}/commands", string.Empty)
            : new DiscordRoute("PUT", $"applications/{applicationId}/guilds/{guildId}/commands", "applications/{application}/guilds/{guild}/commands", guildId);
        return SendAsync(route, DiscordJsonWriter.Commands(commands), cancellationToken);
    }

    /// <returns>The id of the posted message.</returns>
    public async Task<string> CreateMessageAsync(string channelId, DiscordOutgoingMessage message, CancellationToken cancellationToken)
    {
        var route = new DiscordRoute("POST", $"channels/{channelId}/messages", "channels/{channel}/messages", channelId);
        // Only interaction responses can be ephemeral; Discord refuses the flag on a channel message.
        var body = DiscordJsonWriter.Message(message with { Ephemeral = false });
        // One nonce for every attempt: Discord answers a repeat within minutes with the message already posted.
        body["nonce"] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        body["enforce_nonce"] = true;
        return DiscordJsonReader.Id(await SendAsync(route, body, cancellationToken));
    }

    /// <summary>"The bot is thinking…": acknowledges an interaction so the answer may take up to 15 minutes.</summary>
    /// <param name="ephemeral">The response will be for the user's eyes only; this cannot be changed once deferred.</param>
    public Task DeferInteractionAsync(string interactionId, string interactionToken, bool ephemeral, CancellationToken cancellationToken) =>
        SendAsync(Callback(interactionId, interactionToken), DiscordJsonWriter.DeferredResponse(ephemeral), cancellationToken);

    /// <summary>Answers an interaction at once with a message (a button press's reply); follow-ups may come after it.</summary>
    public Task RespondWithMessageAsync(string interactionId, string interactionToken, DiscordOutgoingMessage message, CancellationToken cancellationToken) =>
        SendAsync(Callback(interactionId, interactionToken), DiscordJsonWriter.MessageResponse(message with { ReplyToMessageId = null }), cancellationToken);

    /// <summary>Acknowledges a button press with no visible change.</summary>
    public Task AcknowledgePressAsync(string interactionId, string interactionToken, CancellationToken cancellationToken) =>
        SendAsync(Callback(interactionId, interactionToken), DiscordJsonWriter.DeferredUpdate(), cancellationToken);

    public Task RespondWithChoicesAsync(string interactionId, string interactionToken, IReadOnlyList<DiscordChoice> choices, CancellationToken cancellationToken) =>
        SendAsync(Callback(interactionId, interactionToken), DiscordJsonWriter.AutocompleteResponse(choices), cancellationToken);

    /// <summary>Opens a form; it must be the interaction's first and only response.</summary>
    public Task RespondWithModalAsync(string interactionId, string interactionToken, DiscordModal modal, CancellationToken cancellationToken) =>
        SendAsync(Callback(interactionId, interactionToken), DiscordJsonWriter.ModalResponse(modal), cancellationToken);

    /// <returns>The id of the response message.</returns>
    public async Task<string> EditOriginalResponseAsync(string applicationId, string interactionToken, DiscordOutgoingMessage message, CancellationToken cancellationToken)
    {
        // Who sees the original response was settled when it was deferred; an edit cannot change it.
        var route = Webhook("PATCH", applicationId, interactionToken, "/messages/@original");
        return DiscordJsonReader.Id(await SendAsync(route, DiscordJsonWriter.Message(message with { ReplyToMessageId = null, Ephemeral = false }), cancellationToken));
    }

    /// <returns>The id of the follow-up message.</returns>
    public async Task<string> CreateFollowupAsync(string applicationId, string interactionToken, DiscordOutgoingMessage message, CancellationToken cancellationToken)
    {
        var route = Webhook("POST", applicationId, interactionToken, string.Empty);
        return DiscordJsonReader.Id(await SendAsync(route, DiscordJsonWriter.Message(message with { ReplyToMessageId = null }), cancellationToken));
    }

    public Task DeleteOriginalResponseAsync(string applicationId, string interactionToken, CancellationToken cancellationToken) =>
        SendAsync(Webhook("DELETE", applicationId, interactionToken, "/messages/@original"), null, cancellationToken);

    /// <summary>A guild's owner and roles (with their permissions).</summary>
    public async Task<DiscordGuild> GetGuildAsync(string guildId, CancellationToken cancellationToken) =>
        DiscordJsonReader.Guild(await SendAsync(new DiscordRoute("GET", $"guilds/{guildId}", "guilds/{guild}", guildId), null, cancellationToken));

    /// <summary>
    /// An attachment from Discord's CDN, read up to <paramref name="maxBytes"/> + 1 bytes so an oversized file is
    /// recognised without holding all of it. The bot token is never sent off the API's own address.
    /// </summary>
    public async Task<byte[]> DownloadAttachmentAsync(string url, int maxBytes, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException("Discord gave the attachment no http(s) address.");
        }

        using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0 && buffer.Length <= maxBytes)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, maxBytes + 1L - buffer.Length));
        }

        return buffer.ToArray();
    }

    public void Dispose() => _http.Dispose();

    private static DiscordRoute Callback(string interactionId, string interactionToken) =>
        new("POST", $"interactions/{interactionId}/{interactionToken}/callback", "interactions/{interaction}/{token}/callback", interactionId);

    private static DiscordRoute Webhook(string method, string applicationId, string token, string suffix) =>
        new(method, $"webhooks/{applicationId}/{token}{suffix}", "webhooks/{application}/{token}" + suffix, applicationId + "/" + token);

    private async Task<JsonElement> SendAsync(DiscordRoute route, JsonNode? body, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(route.Name, cancellationToken);
        try
        {
            return await _retry.ExecuteAsync(static (ctx, state) => state.Client.AttemptAsync(state.Route, state.Body, ctx.CancellationToken), context, (Client: this, Route: route, Body: body));
        }
        catch (DiscordRetryableException ex)
        {
            // Out of attempts: the caller sees what Discord said the last time.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.Failure);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One try: waits for the route's bucket, sends, and learns the bucket's state from the answer.</summary>
    private async ValueTask<JsonElement> AttemptAsync(DiscordRoute route, JsonNode? body, CancellationToken cancellationToken)
    {
        var o = _options.Value;
        await _limiter.WaitAsync(route, cancellationToken);
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), $"{o.ApiBaseUrl.TrimEnd('/')}/{route.Path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", o.Token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        _limiter.Update(route, response.Headers);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return Parse(text);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var (retryAfter, global) = RetryAfter(response, text);
            var refused = new DiscordApiException(route.Name, 429, null, $"rate limited for {retryAfter.TotalSeconds:0.#} s");
            if (retryAfter > TimeSpan.FromSeconds(o.MaxRetryAfterSeconds))
            {
                throw refused;
            }

            _limiter.Limited(route, retryAfter, global);
            _logger.LogWarning(
                "Discord rate limit on {Route}: waiting {RetryAfterSeconds} s as asked{Scope}",
                route.Name,
                Math.Round(retryAfter.TotalSeconds, 2),
                global ? " (global)" : string.Empty);
            throw new DiscordRetryableException(refused, rateLimited: true);
        }

        var (code, message) = DiscordJsonReader.Error(text);
        var failure = new DiscordApiException(route.Name, (int)response.StatusCode, code, message ?? response.ReasonPhrase);
        throw (int)response.StatusCode >= 500 ? new DiscordRetryableException(failure, rateLimited: false) : failure;
    }

    /// <summary>429s (the limiter does the waiting), 5xx, network errors and timeouts are tried again; other refusals are final.</summary>
    private static ResiliencePipeline RetryPipeline(DiscordOptions o, TimeProvider time, ILogger logger) => o.SendAttempts <= 1
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = o.SendAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(o.BackoffInitialMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(o.BackoffMaxSeconds),
                ShouldHandle = args => ValueTask.FromResult(
                    !args.Context.CancellationToken.IsCancellationRequested
                    && args.Outcome.Exception is DiscordRetryableException or HttpRequestException or IOException or OperationCanceledException),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is DiscordRetryableException { RateLimited: true } ? TimeSpan.Zero : (TimeSpan?)null),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is not DiscordRetryableException { RateLimited: true })
                    {
                        var reason = args.Outcome.Exception is OperationCanceledException ? "timed out" : args.Outcome.Exception?.Message;
                        logger.LogWarning("Discord {Route} failed ({Reason}, attempt {Attempt}); retrying in {DelayMs} ms", args.Context.OperationKey, reason, args.AttemptNumber + 1, (int)args.RetryDelay.TotalMilliseconds);
                    }

                    return default;
                },
            })
            .Build();

    /// <summary>The body's retry_after (fractional seconds) wins over the whole-second Retry-After header.</summary>
    private static (TimeSpan RetryAfter, bool Global) RetryAfter(HttpResponseMessage response, string body)
    {
        var (seconds, global) = DiscordJsonReader.RateLimit(body);
        global |= response.Headers.TryGetValues("X-RateLimit-Global", out var g) && g.Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase));
        seconds ??= response.Headers.RetryAfter?.Delta?.TotalSeconds;
        if (seconds is null && response.Headers.TryGetValues("Retry-After", out var header)
            && double.TryParse(header.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            seconds = parsed;
        }

        return (TimeSpan.FromSeconds(Math.Max(seconds ?? 1, 0.05)), global);
    }

    private static JsonElement Parse(string text)
    {
        if (text.Length == 0)
        {
            return default;
        }

        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }
}
