using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SportsBot.Tests.Discord;

/// <summary>
/// The gateway side of <see cref="FakeDiscord"/>: sends HELLO, answers heartbeats with ACKs, IDENTIFY with READY
/// and RESUME with the missed events and RESUMED, as Discord does. Tests dispatch events, force opcodes (7, 9),
/// stop ACKing, or refuse IDENTIFY with a close code; every payload the bot sends is recorded.
/// </summary>
public sealed class FakeDiscordGateway
{
    private readonly Lock _gate = new();
    private readonly List<GatewayFrame> _frames = [];
    private readonly List<(long Seq, JsonObject Payload)> _events = [];
    private Connection? _current;
    private int _connections;
    private int _sessions;
    private long _seq;

    public string ResumeUrl { get; set; } = string.Empty;

    public int HeartbeatIntervalMs { get; set; } = 5000;

    public bool AckHeartbeats { get; set; } = true;

    /// <summary>While set, new connections are accepted but get no HELLO: the bot is away, and events wait for its RESUME.</summary>
    public bool HoldNewConnections { get; set; }

    /// <summary>When set, IDENTIFY is answered by closing the connection with this code (4004: authentication failed).</summary>
    public int? IdentifyCloseCode { get; set; }

    public string? SessionId { get; private set; }

    /// <summary>The sequence number of the last event sent in the current session.</summary>
    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _seq;
            }
        }
    }

    public IReadOnlyList<GatewayFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    /// <summary>The connection a session is established on (after READY or RESUMED), if any.</summary>
    public int? ReadyConnection
    {
        get
        {
            lock (_gate)
            {
                return _current is { Ready: true } c ? c.Number : null;
            }
        }
    }

    /// <summary>Waits until the bot holds a session (it may be between connections) and returns that connection.</summary>
    public async Task<int> ReadyConnectionAsync()
    {
        int? ready = null;
        await Eventually.TrueAsync(() => (ready = ReadyConnection) is not null, "the bot to hold a gateway session");
        return ready!.Value;
    }

    /// <summary>Sends an event in the current session; while the bot is away it is kept and replayed on RESUME.</summary>
    public async Task<long> DispatchAsync(string type, JsonObject data)
    {
        Connection? target;
        JsonObject payload;
        lock (_gate)
        {
            var seq = ++_seq;
            payload = new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = seq, ["d"] = data };
            _events.Add((seq, payload));
            target = _current is { Ready: true } ? _current : null;
        }

        if (target is not null)
        {
            await target.SendAsync(payload.DeepClone().AsObject());
        }

        return payload["s"]!.GetValue<long>();
    }

    /// <summary>
    /// Sends an opcode such as 7 (RECONNECT) or 9 (INVALID_SESSION) on the connection that holds the session. A bot
    /// on a busy machine may be between connections at that moment; the opcode then goes to the next one.
    /// </summary>
    public async Task SendOpAsync(int op, JsonNode? data)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            Connection? target;
            lock (_gate)
            {
                target = _current is { Ready: true } ready ? ready : null;
            }

            if (target is not null && await target.SendAsync(new JsonObject { ["op"] = op, ["d"] = data?.DeepClone() }))
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"No bot was connected to send op {op} to.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Closes the current connection with a close code, as Discord does on its side (4000 unknown error, 4009 session timed out…).</summary>
    public async Task CloseCurrentAsync(int code)
    {
        Connection? target;
        lock (_gate)
        {
            target = _current;
        }

        await (target ?? throw new InvalidOperationException("No bot is connected.")).CloseAsync(code, "Closed by the test.");
    }

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = 400;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        // The bot asks for "/gateway/?v=10&encoding=json", as Discord's own URL reads.
        var connection = new Connection(socket, Interlocked.Increment(ref _connections), (http.Request.Path.Value ?? string.Empty).TrimEnd('/'));
        try
        {
            while (HoldNewConnections)
            {
                await Task.Delay(10, http.RequestAborted);
            }

            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } });
            while (await connection.ReceiveAsync(http.RequestAborted) is { } payload)
            {
                var op = payload["op"]!.GetValue<int>();
                var data = payload["d"]?.DeepClone();
                lock (_gate)
                {
                    _frames.Add(new GatewayFrame(connection.Number, connection.Path, op, data, DateTimeOffset.UtcNow));
                }

                switch (op)
                {
                    case 1 when AckHeartbeats:
                        await connection.SendAsync(new JsonObject { ["op"] = 11 });
                        break;
                    case 2 when IdentifyCloseCode is { } code:
                        await connection.CloseAsync(code, "Authentication failed.");
                        return;
                    case 2:
                        await IdentifyAsync(connection);
                        break;
                    case 6:
                        await ResumeAsync(connection, data!["session_id"]?.GetValue<string>(), data["seq"] is JsonValue seq ? seq.GetValue<long>() : null);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The bot dropped the connection: that is what reconnect tests provoke.
        }
        finally
        {
            lock (_gate)
            {
                if (_current == connection)
                {
                    _current = null;
                }
            }
        }
    }

    private async Task IdentifyAsync(Connection connection)
    {
        JsonObject ready;
        lock (_gate)
        {
            SessionId = $"session-{++_sessions}";
            _seq = 0;
            _events.Clear();
            _current = connection;
            connection.Ready = true;
            ready = new JsonObject
            {
                ["op"] = 0,
                ["t"] = "READY",
                ["s"] = ++_seq,
                ["d"] = new JsonObject
                {
                    ["v"] = 10,
                    ["user"] = new JsonObject { ["id"] = FakeDiscord.BotId, ["username"] = FakeDiscord.BotUsername, ["bot"] = true },
                    ["guilds"] = new JsonArray(),
                    ["session_id"] = SessionId,
                    ["resume_gateway_url"] = ResumeUrl,
                    ["shard"] = new JsonArray(0, 1),
                    ["application"] = new JsonObject { ["id"] = FakeDiscord.ApplicationId, ["flags"] = 0 },
                },
            };
        }

        await connection.SendAsync(ready);
    }

    private async Task ResumeAsync(Connection connection, string? sessionId, long? seq)
    {
        List<JsonObject> missed;
        lock (_gate)
        {
            if (sessionId is null || sessionId != SessionId)
            {
                missed = [];
            }
            else
            {
                missed = [.. _events.Where(e => e.Seq > (seq ?? 0)).Select(e => e.Payload.DeepClone().AsObject())];
                _current = connection;
                connection.Ready = true;
            }
        }

        if (!connection.Ready)
        {
            await connection.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
            return;
        }

        foreach (var payload in missed)
        {
            await connection.SendAsync(payload);
        }

        await DispatchAsync("RESUMED", []);
    }

    private sealed class Connection(WebSocket socket, int number, string path)
    {
        private readonly SemaphoreSlim _sending = new(1, 1);

        public int Number { get; } = number;

        public string Path { get; } = path;

        public bool Ready { get; set; }

        /// <summary>
        /// Sends <paramref name="payload"/>; false when the bot had already dropped the connection. A send that fails
        /// part way counts as sent: the bot may have read the frame and closed the connection in answer to it
        /// (op 7 and op 9 ask for exactly that) before the server finished flushing.
        /// </summary>
        public async Task<bool> SendAsync(JsonObject payload)
        {
            await _sending.WaitAsync();
            try
            {
                if (socket.State != WebSocketState.Open)
                {
                    return false;
                }

                await socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
                return true;
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException)
            {
                return true;
            }
            finally
            {
                _sending.Release();
            }
        }

        public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
        {
            using var message = new MemoryStream();
            var buffer = new byte[8192];
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return JsonSerializer.Deserialize<JsonObject>(message.ToArray());
                }
            }
        }

        public async Task CloseAsync(int code, string reason)
        {
            await _sending.WaitAsync();
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
            finally
            {
                _sending.Release();
            }
        }
    }
}
