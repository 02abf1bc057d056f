namespace SportsBot.Discord.Commands;

/// <summary>A top-level slash command as registered with Discord.</summary>
public sealed record DiscordSlashCommand(string Name, string Description, IReadOnlyList<DiscordSlashOption> Options);
