namespace SportsBot.Core.Chat.Commands;

/// <summary>
/// Which commands answer the channel and which answer the sender alone. Questions, sources and browsing are
/// for everyone in the channel; help, settings, moderation, refusals and usage hints are for the one who asked.
/// Adapters that must choose before Core replies (Discord's deferred "thinking…") ask this too.
/// </summary>
public static class CommandPrivacy
{
    public static bool RepliesPrivately(ChatCommand command) =>
        command is not (AskCommand or SourcesCommand or KbListCommand or KbSearchCommand);
}
