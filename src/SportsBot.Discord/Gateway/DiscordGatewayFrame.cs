using System.Text.Json;

namespace SportsBot.Discord.Gateway;

/// <summary>One gateway payload as received: opcode, event type and sequence number for dispatches, and its data.</summary>
internal sealed record DiscordGatewayFrame(DiscordGatewayOpCode Op, string? Type, long? Sequence, JsonElement Data);
