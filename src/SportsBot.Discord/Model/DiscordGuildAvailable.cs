namespace SportsBot.Discord.Model;

/// <summary>GUILD_CREATE or GUILD_UPDATE: a guild's owner and roles, free of a REST call.</summary>
public sealed record DiscordGuildAvailable(DiscordGuild Guild) : DiscordEvent;
