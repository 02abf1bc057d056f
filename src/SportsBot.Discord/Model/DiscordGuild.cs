namespace SportsBot.Discord.Model;

/// <summary>What the bot needs to know about a guild to work out who is an admin: its owner and its roles.</summary>
public sealed record DiscordGuild(string Id, string OwnerId, IReadOnlyList<DiscordRole> Roles);
