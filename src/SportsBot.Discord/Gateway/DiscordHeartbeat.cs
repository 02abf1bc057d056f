using System.Net.WebSockets;
using SportsBot.Discord.Wire;

namespace SportsBot.Discord.Gateway;

/// <summary>
/// The heartbeat of one gateway connection. It beats every interval, the first time after a random part of one
/// so that many bots restarting together do not beat in step. A beat that falls due while the last one is still
/// unacknowledged means the connection is dead (a "zombie"): it is dropped without a close frame, which keeps
/// the session resumable, and the receive loop sees <see cref="Missed"/>.
/// </summary>
internal sealed class DiscordHeartbeat(DiscordGatewaySocket socket, TimeSpan interval, Func<long?> sequence, TimeProvider time)
{
    private volatile bool _acked = true;
    private volatile bool _missed;

    /// <summary>An ACK never came for the last beat, so the connection was dropped.</summary>
    public bool Missed => _missed;

    /// <summary>HEARTBEAT_ACK (op 11) arrived.</summary>
    public void Acknowledge() => _acked = true;

    /// <summary>Beats until cancelled or until the connection is found dead; never throws for a connection that ended.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!_acked)
                {
                    _missed = true;
                    socket.Abort();
                    return;
                }

                _acked = false;
                await socket.SendAsync(DiscordJsonWriter.Heartbeat(sequence()), cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException or InvalidOperationException)
        {
            // The connection ended; the receive loop decides what happens next.
        }
    }
}
