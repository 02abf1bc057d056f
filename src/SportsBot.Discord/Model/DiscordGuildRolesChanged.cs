namespace SportsBot.Discord.Model;

/// <summary>GUILD_ROLE_CREATE, _UPDATE or _DELETE: what the bot knows of the guild's roles is out of date.</summary>
public sealed record DiscordGuildRolesChanged(string GuildId) : DiscordEvent;
