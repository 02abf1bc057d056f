namespace SportsBot.Discord.Gateway;

/// <summary>The gateway intents the bot asks for: which events Discord sends it.</summary>
[Flags]
public enum DiscordIntents
{
    None = 0,

    /// <summary>Guilds and their roles (GUILD_CREATE, GUILD_ROLE_*), needed to know who is an admin.</summary>
    Guilds = 1 << 0,

    /// <summary>Messages in guild channels.</summary>
    GuildMessages = 1 << 9,

    /// <summary>Messages in DMs with the bot.</summary>
    DirectMessages = 1 << 12,

    /// <summary>Privileged: the text of messages that do not mention the bot (all-questions mode, replies). Enabled in the Developer Portal.</summary>
    MessageContent = 1 << 15,
}
