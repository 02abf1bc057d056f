using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SportsBot.Tests.Discord;

/// <summary>
/// A small Discord on 127.0.0.1: the gateway (<see cref="FakeDiscordGateway"/>) and the REST routes the bot uses
/// (gateway/bot, command registration, messages, interaction callbacks and webhook edits, guilds, a CDN for
/// attachments). Tests send user messages and slash commands as gateway events, read what the bot posted, and
/// script REST faults (429 with retry_after, global or not) and rate-limit headers for the next calls of a route.
/// </summary>
public sealed partial class FakeDiscord : IAsyncDisposable
{
    public const string Token = "MTAwMDAw.fake.discord-test-token";
    public const string BotId = "900000000000000001";
    public const string BotUsername = "SportsBot";
    public const string ApplicationId = "900000000000000002";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<RestCall> _calls = [];
    private readonly List<DiscordPost> _posts = [];
    private readonly Dictionary<string, JsonObject> _guilds = [];
    private readonly Dictionary<string, byte[]> _files = [];
    private readonly Dictionary<string, Response> _responses = [];
    private readonly List<InteractionCallback> _callbacks = [];
    private readonly List<Rule> _rules = [];
    private long _nextId = 1_000;

    private FakeDiscord(WebApplication app) => _app = app;

    public FakeDiscordGateway Gateway { get; } = new();

    public string BaseUrl => _app.Urls.First();

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    /// <summary>The commands of the last registration, and the path they were registered at.</summary>
    public (string Path, JsonArray Commands)? Registered { get; private set; }

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.Gateway.HandleAsync);
        app.Map("/resume", fake.Gateway.HandleAsync);
        app.Map("/api/v10/{**path}", fake.HandleRestAsync);
        app.MapGet("/cdn/{id}/{name}", fake.Download);
        await app.StartAsync();
        fake.Gateway.ResumeUrl = fake.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";
        return fake;
    }

    public IReadOnlyList<RestCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<DiscordPost> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    /// <summary>What GET /guilds/{id} answers: the owner and roles as (id, name, permission bits); the @everyone role has the guild's id.</summary>
    public void SetGuild(string guildId, string ownerId, params (string Id, string Name, ulong Permissions)[] roles)
    {
        lock (_gate)
        {
            _guilds[guildId] = new JsonObject
            {
                ["id"] = guildId,
                ["name"] = $"Guild {guildId}",
                ["owner_id"] = ownerId,
                ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = r.Id,
                    ["name"] = r.Name,
                    ["permissions"] = r.Permissions.ToString(CultureInfo.InvariantCulture),
                })]),
            };
        }
    }

    /// <summary>The next <paramref name="count"/> calls whose method matches and whose path contains <paramref name="pathPart"/> fail like this.</summary>
    public void Fail(string method, string pathPart, int status, double? retryAfter = null, bool global = false, int count = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _rules.Add(new Rule(method, pathPart, status, retryAfter, global, null, 0, 0));
            }
        }
    }

    /// <summary>The next matching call is carried out, but its answer never reaches the bot (the connection drops), as when a request times out after Discord got it.</summary>
    public void LoseAnswer(string method, string pathPart)
    {
        lock (_gate)
        {
            _rules.Add(new Rule(method, pathPart, 0, null, false, null, 0, 0));
        }
    }

    /// <summary>The next matching call succeeds with these rate-limit headers: <paramref name="remaining"/> calls left in the bucket for <paramref name="resetAfter"/> seconds.</summary>
    public void Limit(string method, string pathPart, string bucket, int remaining, double resetAfter)
    {
        lock (_gate)
        {
            _rules.Add(new Rule(method, pathPart, 200, null, false, bucket, remaining, resetAfter));
        }
    }

    /// <summary>Waits for the bot's next post to a channel or interaction token after <paramref name="afterCount"/> posts there.</summary>
    /// <summary>What the bot logged, for a test that times out to say why; set by whoever starts the bot.</summary>
    public Func<string>? BotLog { get; set; }

    public Task<DiscordPost> WaitForPostAsync(string target, int afterCount) =>
        Eventually.GetAsync(
            () => Posts.Where(p => p.Target == target).Skip(afterCount).FirstOrDefault(),
            $"a post to {target} after {afterCount}",
            explain: () => $"Posts there: {string.Join(" | ", Posts.Where(p => p.Target == target).Select(p => p.Text))}. Bot log: {BotLog?.Invoke()}");

    public int CountIn(string target) => Posts.Count(p => p.Target == target);

    public string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private IResult Download(string id, string name)
    {
        lock (_gate)
        {
            return _files.TryGetValue(id, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound();
        }
    }

    private async Task HandleRestAsync(HttpContext http)
    {
        var method = http.Request.Method;
        var path = http.Request.Path.Value!["/api/v10/".Length..];
        var body = http.Request.ContentLength is > 0 ? await JsonSerializer.DeserializeAsync<JsonNode>(http.Request.Body) : null;
        var authorization = http.Request.Headers.Authorization.ToString();
        var segments = path.Split('/');
        var tokenFree = segments[0] is "interactions" or "webhooks";
        if (!tokenFree && authorization != $"Bot {Token}")
        {
            await RespondAsync(http, method, path, body, authorization, 401, new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 });
            return;
        }

        var rule = TakeRule(method, path);
        if (rule is { Status: 429 })
        {
            http.Response.Headers["Retry-After"] = Math.Ceiling(rule.RetryAfter ?? 1).ToString(CultureInfo.InvariantCulture);
            if (rule.Global)
            {
                http.Response.Headers["X-RateLimit-Global"] = "true";
            }

            http.Response.Headers["X-RateLimit-Scope"] = rule.Global ? "global" : "user";
            await RespondAsync(http, method, path, body, authorization, 429, new JsonObject
            {
                ["message"] = "You are being rate limited.",
                ["retry_after"] = rule.RetryAfter ?? 1,
                ["global"] = rule.Global,
            });
            return;
        }

        if (rule is { Status: >= 400 })
        {
            await RespondAsync(http, method, path, body, authorization, rule.Status, new JsonObject { ["message"] = "Scripted failure", ["code"] = 0 });
            return;
        }

        if (rule is { Bucket: { } bucket })
        {
            http.Response.Headers["X-RateLimit-Bucket"] = bucket;
            http.Response.Headers["X-RateLimit-Limit"] = "5";
            http.Response.Headers["X-RateLimit-Remaining"] = rule.Remaining.ToString(CultureInfo.InvariantCulture);
            http.Response.Headers["X-RateLimit-Reset-After"] = rule.ResetAfter.ToString(CultureInfo.InvariantCulture);
        }

        var (status, result) = Route(method, segments, body);
        if (rule is { Status: 0 })
        {
            lock (_gate)
            {
                _calls.Add(new RestCall(method, path, 0, body, authorization.Length == 0 ? null : authorization, DateTimeOffset.UtcNow));
            }

            http.Abort();
            return;
        }

        await RespondAsync(http, method, path, body, authorization, status, result);
    }

    private (int Status, JsonNode? Result) Route(string method, string[] s, JsonNode? body)
    {
        switch (method, s)
        {
            case ("GET", ["gateway", "bot"]):
                return (200, new JsonObject { ["url"] = GatewayUrl, ["shards"] = 1, ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 0, ["max_concurrency"] = 1 } });
            case ("PUT", ["applications", ApplicationId, .., "commands"]):
                Registered = (string.Join('/', s), body?.AsArray() ?? []);
                return (200, Registered.Value.Commands.DeepClone());
            case ("POST", ["channels", var channel, "messages"]):
                // As Discord: a channel message may not be ephemeral (flag 64); only interaction responses can.
                return ((body?["flags"]?.GetValue<int>() ?? 0) & 64) != 0
                    ? (400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035 })
                    : (200, PostOnce(channel, body!.AsObject()));
            case ("POST", ["interactions", _, var token, "callback"]):
                return Callback(token, body!.AsObject());
            case ("PATCH", ["webhooks", ApplicationId, var token, "messages", "@original"]):
                return EditOriginal(token, body!.AsObject());
            case ("POST", ["webhooks", ApplicationId, var token]):
                return FollowUp(token, body!.AsObject());
            case ("DELETE", ["webhooks", ApplicationId, var token, "messages", "@original"]):
                return DeleteOriginal(token);
            case ("GET", ["guilds", var guild]):
                lock (_gate)
                {
                    return _guilds.TryGetValue(guild, out var g) ? (200, g.DeepClone()) : (404, new JsonObject { ["message"] = "Unknown Guild", ["code"] = 10004 });
                }

            default:
                return (404, new JsonObject { ["message"] = "404: Not Found", ["code"] = 0 });
        }
    }

    /// <summary>As Discord: a message whose nonce is enforced and was seen in the channel is not posted again; the first one is the answer.</summary>
    private JsonObject PostOnce(string channel, JsonObject body)
    {
        if (body["enforce_nonce"]?.GetValue<bool>() == true && body["nonce"]?.ToString() is { } nonce)
        {
            lock (_gate)
            {
                if (_posts.FirstOrDefault(p => p.Target == channel && p.Body["nonce"]?.ToString() == nonce) is { } earlier)
                {
                    return new JsonObject { ["id"] = earlier.MessageId, ["channel_id"] = channel, ["author"] = BotJson(), ["type"] = 0 };
                }
            }
        }

        return Post(channel, "message", body);
    }

    private JsonObject Post(string target, string kind, JsonObject body, bool ephemeral = false)
    {
        var id = NextId();
        lock (_gate)
        {
            _posts.Add(new DiscordPost(target, kind, id, body, DateTimeOffset.UtcNow) { Ephemeral = ephemeral });
        }

        return new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = target,
            ["author"] = BotJson(),
            ["content"] = body["content"]?.DeepClone(),
            ["embeds"] = body["embeds"]?.DeepClone() ?? new JsonArray(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["type"] = 0,
        };
    }

    private Rule? TakeRule(string method, string path)
    {
        lock (_gate)
        {
            var match = _rules.FirstOrDefault(r => r.Method == method && path.Contains(r.PathPart, StringComparison.Ordinal));
            if (match is not null)
            {
                _rules.Remove(match);
            }

            return match;
        }
    }

    private async Task RespondAsync(HttpContext http, string method, string path, JsonNode? body, string authorization, int status, JsonNode? result)
    {
        lock (_gate)
        {
            _calls.Add(new RestCall(method, path, status, body, authorization.Length == 0 ? null : authorization, DateTimeOffset.UtcNow));
        }

        http.Response.StatusCode = status;
        if (result is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(result.ToJsonString());
        }
    }

    private static JsonObject BotJson() => new() { ["id"] = BotId, ["username"] = BotUsername, ["bot"] = true };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record Rule(string Method, string PathPart, int Status, double? RetryAfter, bool Global, string? Bucket, int Remaining, double ResetAfter);
}
