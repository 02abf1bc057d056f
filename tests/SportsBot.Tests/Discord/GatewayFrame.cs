using System.Text.Json.Nodes;

namespace SportsBot.Tests.Discord;

/// <summary>A payload the bot sent to the fake gateway, with the connection (1, 2, …) and path (/gateway or /resume) it came on.</summary>
public sealed record GatewayFrame(int Connection, string Path, int Op, JsonNode? Data, DateTimeOffset At);
