using Microsoft.Extensions.Options;

namespace SportsBot.Core.Chat;

/// <summary>
/// Member &lt; moderator &lt; admin. Admin comes from the platform (or the operator list); moderator is an admin,
/// or a user or platform role the channel's admins named.
/// </summary>
public sealed class RoleResolver(IOptions<ChatOptions> options)
{
    public ChatRole Resolve(IncomingMessage message, ChannelSettings settings) => Resolve(message.Platform, message.User, settings);

    public ChatRole Resolve(string platform, ChatUser user, ChannelSettings settings)
    {
        if (options.Value.Operators.Contains($"{platform}:{user.Id.Value}", StringComparer.OrdinalIgnoreCase)
            || user.PlatformRole == PlatformRole.Admin)
        {
            return ChatRole.Admin;
        }

        var named = settings.ModeratorUsers.Any(u =>
            string.Equals(u, user.Id.Value, StringComparison.Ordinal)
            || (user.Handle is { Length: > 0 } handle && string.Equals(u.TrimStart('@'), handle, StringComparison.OrdinalIgnoreCase)));
        var hasRole = settings.ModeratorRole is { } role && user.PlatformRoles.Contains(role, StringComparer.OrdinalIgnoreCase);
        return named || hasRole ? ChatRole.Moderator : ChatRole.Member;
    }

    /// <summary>"a member", "a moderator", "an admin".</summary>
    public static string WithArticle(ChatRole role) => role == ChatRole.Admin ? "an admin" : $"a {Name(role)}";

    public static string Name(ChatRole role) => role switch
    {
        ChatRole.Admin => "admin",
        ChatRole.Moderator => "moderator",
        _ => "member",
    };
}
