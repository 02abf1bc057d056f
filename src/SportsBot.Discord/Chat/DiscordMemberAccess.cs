using SportsBot.Core.Chat;

namespace SportsBot.Discord.Chat;

/// <summary>What the guild says about a member: admin or not, and their roles as a moderator-role setting may name them.</summary>
/// <param name="Roles">Each role as its id, its name, "@name" and "&lt;@&amp;id&gt;", so any way an admin writes it matches.</param>
public sealed record DiscordMemberAccess(PlatformRole Role, IReadOnlyList<string> Roles)
{
    public static DiscordMemberAccess Member { get; } = new(PlatformRole.Member, []);
}
