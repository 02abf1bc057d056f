using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Web;

/// <summary>
/// The HTTP handler for every outbound fetch of moderator-supplied links and feeds: no automatic redirects
/// (each hop is checked by the caller) and a connect step that refuses non-public addresses.
/// </summary>
public static class GuardedHttpHandler
{
    public static SocketsHttpHandler Create(INetworkPolicy policy, IOptions<KnowledgeOptions> options) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(options.Value.FetchTimeoutSeconds),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var allowed = addresses.Where(policy.IsAllowed).ToArray();
            if (allowed.Length == 0)
            {
                throw new BlockedAddressException(host);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
