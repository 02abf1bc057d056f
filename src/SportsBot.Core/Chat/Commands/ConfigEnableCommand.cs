namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/config enable</c> or <c>/config disable</c>.</summary>
public sealed record ConfigEnableCommand(bool Enabled) : ChatCommand;
