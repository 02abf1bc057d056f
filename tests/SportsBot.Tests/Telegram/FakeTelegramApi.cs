using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SportsBot.Tests.Telegram;

/// <summary>
/// A small Telegram Bot API on 127.0.0.1 (getMe, getUpdates, sendMessage, getChatMember, setMyCommands,
/// answerCallbackQuery, getFile and file downloads) for the real Telegram.Bot client. Tests queue user messages
/// and button presses as updates, read what the bot sent, set members' statuses, and script faults (429, 5xx,
/// 403) for the next calls of a method. Like Telegram, it refuses a message whose HTML does not parse or is too long.
/// </summary>
public sealed partial class FakeTelegramApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-fake-token";
    public const long BotId = 123456;
    public const string BotUsername = "SportsBotTestBot";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _pending = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<ApiCall> _calls = [];
    private readonly Dictionary<(long Chat, long User), string> _statuses = [];
    private readonly Dictionary<string, (string Path, byte[] Bytes)> _files = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _commandsByScope = [];
    private readonly List<(string QueryId, string? Text)> _callbackAnswers = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new();
    private readonly SemaphoreSlim _updatesArrived = new(0);
    private readonly SemaphoreSlim _messageSent = new(0);
    /// <summary>Update ids of each fake start where the last one's ended, as Telegram's never repeat: a bot's offset saved in a shared database never hides a later test's updates.</summary>
    private static int s_lastUpdateId;

    private int _nextUpdateId = Interlocked.Add(ref s_lastUpdateId, 1_000_000) - 999_999;
    private int _nextMessageId = 1000;

    private FakeTelegramApi(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public IReadOnlyList<string> RegisteredCommands { get; private set; } = [];

    /// <summary>
    /// When set, confirmed updates are never forgotten, as if the bot had died before its next getUpdates
    /// confirmed them: only the bot's own saved offset keeps it from seeing them again.
    /// </summary>
    public bool KeepConfirmedUpdates { get; set; }

    public static async Task<FakeTelegramApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeTelegramApi(app);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", fake.Download);
        await app.StartAsync();
        return fake;
    }

    public IReadOnlyList<SentMessage> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Sets what getChatMember says about a user: "creator", "administrator", "member"…</summary>
    public void SetStatus(long chatId, long userId, string status)
    {
        lock (_gate)
        {
            _statuses[(chatId, userId)] = status;
        }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> (for <paramref name="chatId"/>, if given) fail like this; "{path}" in the description becomes the request's path.</summary>
    public void Fail(string method, int status, string description, int? retryAfter = null, long? chatId = null, int count = 1, bool htmlBody = false)
    {
        var queue = _faults.GetOrAdd(method, _ => new ConcurrentQueue<Fault>());
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(new Fault(status, description, retryAfter, chatId, htmlBody));
        }
    }

    /// <summary>Queues a user's message as an update; returns its message id.</summary>
    public int Send(TelegramChat chat, TelegramUser user, string text, int? replyTo = null, bool replyToBot = false, string? replyToText = null, (string Name, byte[] Bytes)? document = null)
    {
        lock (_gate)
        {
            var id = _nextMessageId++;
            var message = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = chat.ToJson(),
                ["from"] = user.ToJson(),
            };
            if (document is { } doc)
            {
                var fileId = $"file-{id}";
                _files[fileId] = ($"documents/{doc.Name}", doc.Bytes);
                message["document"] = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = $"u{fileId}", ["file_name"] = doc.Name, ["file_size"] = doc.Bytes.Length };
                message["caption"] = text;
            }
            else
            {
                message["text"] = text;
            }

            if (replyTo is { } r)
            {
                message["reply_to_message"] = new JsonObject
                {
                    ["message_id"] = r,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = chat.ToJson(),
                    ["from"] = replyToBot ? BotJson() : new TelegramUser(999, "Someone").ToJson(),
                    ["text"] = replyToText ?? "earlier message",
                };
            }

            _pending.Add(new JsonObject { ["update_id"] = _nextUpdateId++, ["message"] = message });
            _updatesArrived.Release();
            return id;
        }
    }

    /// <summary>Waits for the bot's next message in a chat that was sent after <paramref name="afterCount"/> of its messages there.</summary>
    public async Task<SentMessage> WaitForMessageAsync(long chatId, int afterCount, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var inChat = Sent.Where(m => m.ChatId == chatId).ToList();
            if (inChat.Count > afterCount)
            {
                return inChat[afterCount];
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The bot sent nothing more to chat {chatId}; it sent: {string.Join(" | ", inChat.Select(m => m.Text))}");
            }

            await _messageSent.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    public int CountIn(long chatId) => Sent.Count(m => m.ChatId == chatId);

    private async Task<IResult> HandleAsync(HttpContext http, string token, string method)
    {
        var body = await ReadBodyAsync(http.Request);
        long? chatId = body["chat_id"] is { } c ? long.Parse(c.ToString(), System.Globalization.CultureInfo.InvariantCulture) : null;
        if (token != Token)
        {
            return Error(method, chatId, 401, "Unauthorized", null, false);
        }

        if (_faults.TryGetValue(method, out var queue) && queue.TryPeek(out var fault) && (fault.ChatId is null || fault.ChatId == chatId) && queue.TryDequeue(out fault))
        {
            // Some servers and proxies name the request in their errors, and a Bot API path holds the token.
            return Error(method, chatId, fault.Status, fault.Description.Replace("{path}", http.Request.Path, StringComparison.Ordinal), fault.RetryAfter, fault.HtmlBody);
        }

        if (method == "sendMessage" && string.Equals(body["parse_mode"]?.GetValue<string>(), "HTML", StringComparison.OrdinalIgnoreCase) && TelegramHtml.Problem(body["text"]!.GetValue<string>()) is { } problem)
        {
            // As Telegram: a message whose HTML it cannot parse, or that is too long once parsed, is refused whole.
            return Error(method, chatId, 400, "Bad Request: " + problem, null, false);
        }

        Record(method, chatId, 200);
        return method switch
        {
            "getMe" => Ok(BotJson()),
            "setMyCommands" => SetCommands(body),
            "getUpdates" => Ok(await GetUpdatesAsync(body, http.RequestAborted)),
            "sendMessage" => Ok(SendMessage(body, chatId!.Value)),
            "getChatMember" => Ok(ChatMember(chatId!.Value, body["user_id"]!.GetValue<long>())),
            "getFile" => GetFile(body["file_id"]!.GetValue<string>()),
            "answerCallbackQuery" => AnswerCallback(body),
            _ => Error(method, chatId, 404, "Not Found: method not found", null, false),
        };
    }

    private IResult Download(string token, string path)
    {
        lock (_gate)
        {
            var file = _files.Values.FirstOrDefault(f => f.Path == path);
            return token == Token && file.Bytes is not null ? Results.Bytes(file.Bytes, "application/octet-stream") : Results.NotFound();
        }
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            lock (_gate)
            {
                // Like Telegram: asking with an offset confirms, and forgets, every earlier update.
                if (!KeepConfirmedUpdates)
                {
                    _pending.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                }

                var due = _pending.Where(u => u["update_id"]!.GetValue<int>() >= offset).ToList();
                if (due.Count > 0)
                {
                    return new JsonArray([.. due.Select(u => u.DeepClone())]);
                }
            }

            var left = deadline - DateTimeOffset.UtcNow;
            if (left <= TimeSpan.Zero || aborted.IsCancellationRequested)
            {
                return [];
            }

            try
            {
                await _updatesArrived.WaitAsync(left, aborted);
            }
            catch (OperationCanceledException)
            {
                return [];
            }
        }
    }

    private JsonObject SendMessage(JsonObject body, long chatId)
    {
        lock (_gate)
        {
            var id = _nextMessageId++;
            var replyTo = body["reply_parameters"]?["message_id"]?.GetValue<int>();
            var previewOff = body["link_preview_options"]?["is_disabled"]?.GetValue<bool>() == true;
            var markup = body["reply_markup"];
            _sent.Add(new SentMessage(chatId, id, body["text"]!.GetValue<string>(), body["parse_mode"]?.GetValue<string>(), replyTo, previewOff, DateTimeOffset.UtcNow)
            {
                Buttons = [.. (markup?["inline_keyboard"] as JsonArray ?? []).SelectMany(row => row as JsonArray ?? []).Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()))],
                ForceReply = markup?["force_reply"]?.GetValue<bool>() == true,
            });
            _messageSent.Release();
            return new JsonObject
            {
                ["message_id"] = id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId > 0 ? "private" : "group" },
                ["from"] = BotJson(),
                ["text"] = "sent",
            };
        }
    }

    private JsonObject ChatMember(long chatId, long userId)
    {
        string status;
        lock (_gate)
        {
            status = _statuses.GetValueOrDefault((chatId, userId), "member");
        }

        var member = new JsonObject { ["status"] = status, ["user"] = new TelegramUser(userId, "User").ToJson() };
        switch (status)
        {
            case "creator":
                member["is_anonymous"] = false;
                break;
            case "administrator":
                foreach (var flag in new[] { "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories" })
                {
                    member[flag] = flag is "can_manage_chat" or "can_delete_messages";
                }

                break;
        }

        return member;
    }

    private IResult GetFile(string fileId)
    {
        lock (_gate)
        {
            return _files.TryGetValue(fileId, out var file)
                ? Ok(new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = $"u{fileId}", ["file_size"] = file.Bytes.Length, ["file_path"] = file.Path })
                : Error("getFile", null, 400, "Bad Request: invalid file_id", null, false);
        }
    }

    private IResult Error(string method, long? chatId, int status, string description, int? retryAfter, bool htmlBody)
    {
        Record(method, chatId, status);
        if (htmlBody)
        {
            // What a proxy in front of the API sends on a bad day.
            return Results.Content($"<html><body><h1>{status} {description}</h1></body></html>", "text/html", statusCode: status);
        }

        var error = new JsonObject { ["ok"] = false, ["error_code"] = status, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return Results.Content(error.ToJsonString(), "application/json", statusCode: status);
    }

    private void Record(string method, long? chatId, int status)
    {
        lock (_gate)
        {
            _calls.Add(new ApiCall(method, chatId, status, DateTimeOffset.UtcNow));
        }
    }

    private static IResult Ok(JsonNode result) =>
        Results.Content(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    private static JsonObject BotJson() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "SportsBot",
        ["username"] = BotUsername,
    };

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var o = new JsonObject();
            foreach (var (key, value) in form)
            {
                o[key] = value.ToString();
            }

            return o;
        }

        if (request.ContentLength is 0 or null && !request.Headers.ContainsKey("Transfer-Encoding"))
        {
            return [];
        }

        return await JsonSerializer.DeserializeAsync<JsonObject>(request.Body) ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record Fault(int Status, string Description, int? RetryAfter, long? ChatId, bool HtmlBody);
}
