using System.Net;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Web;

/// <summary>Public addresses only, unless <c>Knowledge:AllowPrivateNetworks</c> is true.</summary>
public sealed class ConfiguredNetworkPolicy(IOptions<KnowledgeOptions> options) : INetworkPolicy
{
    public bool IsAllowed(IPAddress address) => options.Value.AllowPrivateNetworks || NetworkGuard.IsPublic(address);
}
