namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/help</c> (and Telegram's <c>/start</c>).</summary>
public sealed record HelpCommand : ChatCommand;
