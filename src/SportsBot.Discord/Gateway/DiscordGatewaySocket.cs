using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SportsBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway: whole JSON payloads in and out, one sender at a time (heartbeats and
/// the session share it), and the close code Discord ended it with.
/// </summary>
internal sealed class DiscordGatewaySocket : IAsyncDisposable
{
    /// <summary>A GUILD_CREATE of a large guild runs to megabytes; anything past this is not Discord talking.</summary>
    private const int MaxPayloadBytes = 64 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);

    private DiscordGatewaySocket()
    {
    }

    /// <summary>The close code of the peer's close frame, once one arrived.</summary>
    public int? CloseCode => (int?)_socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<DiscordGatewaySocket> ConnectAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var connection = new DiscordGatewaySocket();
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await connection._socket.ConnectAsync(url, limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"could not connect to the gateway within {timeout.TotalSeconds:0} s");
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <returns>The next payload, or null once the peer closed the connection (see <see cref="CloseCode"/>).</returns>
    public async Task<DiscordGatewayFrame?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxPayloadBytes)
            {
                throw new InvalidDataException($"A gateway payload exceeded {MaxPayloadBytes / (1024 * 1024)} MB.");
            }

            if (result.EndOfMessage)
            {
                break;
            }
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        var root = doc.RootElement;
        return new DiscordGatewayFrame(
            (DiscordGatewayOpCode)root.GetProperty("op").GetInt32(),
            root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
            root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null,
            root.TryGetProperty("d", out var d) ? d.Clone() : default);
    }

    public async Task SendAsync(JsonObject payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>
    /// Closes with <paramref name="code"/>, waiting briefly for the peer. 1000 ends the session (the bot goes
    /// offline at once); any other code keeps it resumable.
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, limit.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The connection is being left either way.
        }
    }

    /// <summary>Drops the connection without a close frame, which keeps the session resumable; a pending receive fails.</summary>
    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sending.Dispose();
        return ValueTask.CompletedTask;
    }
}
