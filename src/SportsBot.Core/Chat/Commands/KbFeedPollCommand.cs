namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb feed poll &lt;id&gt;</c>: read a feed now instead of at the next scheduled poll.</summary>
public sealed record KbFeedPollCommand(long FeedId) : ChatCommand;
