using System.Net;

namespace SportsBot.Infrastructure.Web;

/// <summary>Which addresses outbound fetches may connect to.</summary>
public interface INetworkPolicy
{
    bool IsAllowed(IPAddress address);
}
