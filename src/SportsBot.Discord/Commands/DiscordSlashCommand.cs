namespace SportsBot.Discord.Commands;

/// <summary>A top-level slash command as registered with Discord.</summary>
/// <param name="DefaultMemberPermissions">Permission bits a member needs to see and use it (server admins can change this); null for everyone.</param>
public sealed record DiscordSlashCommand(string Name, string Description, IReadOnlyList<DiscordSlashOption> Options, ulong? DefaultMemberPermissions = null);
