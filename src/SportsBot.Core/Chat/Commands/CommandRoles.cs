namespace SportsBot.Core.Chat.Commands;

/// <summary>Who may run a command, decided in one place: <see cref="ChatService"/> refuses before any handler runs.</summary>
public static class CommandRoles
{
    /// <returns>The command as a refusal names it ("/kb add") and the least role that may run it.</returns>
    public static (string Name, ChatRole Role) Of(ChatCommand command) => command switch
    {
        KbAddCommand => ("/kb add", ChatRole.Moderator),
        KbRemoveCommand => ("/kb remove", ChatRole.Moderator),
        KbShowCommand => ("/kb show", ChatRole.Moderator),
        KbEditCommand => ("/kb edit", ChatRole.Moderator),
        KbGapsCommand => ("/kb gaps", ChatRole.Moderator),
        KbStaleCommand => ("/kb stale", ChatRole.Moderator),
        KbFeedAddCommand => ("/kb feed add", ChatRole.Moderator),
        KbFeedListCommand => ("/kb feed list", ChatRole.Moderator),
        KbFeedPollCommand => ("/kb feed poll", ChatRole.Moderator),
        KbFeedRemoveCommand => ("/kb feed remove", ChatRole.Moderator),
        ConfigEnableCommand enable => (enable.Enabled ? "/config enable" : "/config disable", ChatRole.Admin),
        ConfigSetCommand => ("/config set", ChatRole.Admin),
        ConfigShowCommand => ("/config show", ChatRole.Member),
        _ => (string.Empty, ChatRole.Member),
    };
}
