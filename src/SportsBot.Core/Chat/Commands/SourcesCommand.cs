namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/sources</c>: the full source list of the last answer in this channel.</summary>
public sealed record SourcesCommand : ChatCommand;
