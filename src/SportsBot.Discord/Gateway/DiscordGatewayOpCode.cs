namespace SportsBot.Discord.Gateway;

/// <summary>Gateway opcodes (Discord's numbering) the bot sends or handles.</summary>
public enum DiscordGatewayOpCode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
