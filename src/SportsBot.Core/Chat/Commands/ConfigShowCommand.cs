namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/config show</c>.</summary>
public sealed record ConfigShowCommand : ChatCommand;
