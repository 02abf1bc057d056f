using SportsBot.Discord.Model;

namespace SportsBot.Discord.Chat;

/// <summary>The permission bits that make someone an admin of the bot, and a member's guild permissions from their roles.</summary>
public static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>Administrator or Manage Server: the people who run the server run the bot there.</summary>
    public static bool IsAdmin(ulong permissions) => (permissions & (Administrator | ManageGuild)) != 0;

    /// <summary>
    /// Guild-level permissions: @everyone's (the role with the guild's id) and every role the member has.
    /// Channel overwrites are left out on purpose: neither Administrator nor Manage Server is a channel permission.
    /// </summary>
    public static ulong Of(DiscordGuild guild, IReadOnlyList<string> memberRoleIds) =>
        guild.Roles
            .Where(r => r.Id == guild.Id || memberRoleIds.Contains(r.Id))
            .Aggregate(0UL, (bits, role) => bits | role.Permissions);
}
