namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb feed remove &lt;id&gt;</c>: stop polling a feed (articles already taken from it stay).</summary>
public sealed record KbFeedRemoveCommand(long FeedId) : ChatCommand;
