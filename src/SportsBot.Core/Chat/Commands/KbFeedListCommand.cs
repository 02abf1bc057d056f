namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb feed list</c>: the subscribed feeds with their last poll.</summary>
public sealed record KbFeedListCommand : ChatCommand;
