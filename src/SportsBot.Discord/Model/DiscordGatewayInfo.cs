namespace SportsBot.Discord.Model;

/// <summary>GET /gateway/bot: where to connect and how many shards Discord recommends.</summary>
public sealed record DiscordGatewayInfo(string Url, int Shards);
