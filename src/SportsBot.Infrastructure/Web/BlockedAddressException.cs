namespace SportsBot.Infrastructure.Web;

/// <summary>Thrown while connecting when a link resolves to an address the guard refuses.</summary>
public sealed class BlockedAddressException(string host) : Exception($"{host} resolves to a private or local network address.")
{
    public string Host { get; } = host;
}
