namespace SportsBot.Discord.Gateway;

/// <summary>What a gateway close code means for the bot: stop for good, start a new session, or resume the old one.</summary>
public static class DiscordCloseCodes
{
    /// <summary>Why Discord refused the bot and what to change, for the close codes after which reconnecting cannot help; else null.</summary>
    public static string? FatalReason(int code) => code switch
    {
        4004 => "Discord refused the bot token (gateway close code 4004, authentication failed); check Discord:Token.",
        4010 => "Discord refused the shard (gateway close code 4010, invalid shard); check Discord:ShardId and Discord:ShardCount.",
        4011 => "Discord requires sharding for this bot (gateway close code 4011); set Discord:ShardCount and run one process per shard.",
        4012 => "Discord refused the gateway API version (gateway close code 4012).",
        4013 => "Discord refused the gateway intents (gateway close code 4013, invalid intents).",
        4014 => "Discord refused the Message Content intent (gateway close code 4014, disallowed intents); enable it in the Developer Portal under Bot → Privileged Gateway Intents.",
        _ => null,
    };

    /// <summary>Close codes after which the session cannot be resumed and the bot identifies afresh.</summary>
    public static bool EndsSession(int? code) => code is 4007 or 4009;
}
