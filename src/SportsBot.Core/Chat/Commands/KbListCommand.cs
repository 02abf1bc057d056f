namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb list [page]</c>, pages counted from 1.</summary>
public sealed record KbListCommand(int Page) : ChatCommand;
