namespace SportsBot.Core.Chat;

/// <summary>The author of a message, as the adapter found them.</summary>
/// <param name="Handle">The @username, without the @, when the platform has one.</param>
/// <param name="PlatformRole">Admin when the platform says so (Telegram creator or administrator; Discord Administrator or Manage Server).</param>
/// <param name="PlatformRoles">Role ids and names the platform assigns (Discord roles); matched against a channel's moderator role.</param>
public sealed record ChatUser(UserId Id, string DisplayName, string? Handle, PlatformRole PlatformRole, IReadOnlyList<string> PlatformRoles)
{
    public static ChatUser Member(string id, string displayName, string? handle = null) =>
        new(new UserId(id), displayName, handle, PlatformRole.Member, []);
}
