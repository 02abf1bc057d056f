namespace SportsBot.Discord.Model;

/// <summary>A guild role. The @everyone role has the guild's id.</summary>
public sealed record DiscordRole(string Id, string Name, ulong Permissions);
