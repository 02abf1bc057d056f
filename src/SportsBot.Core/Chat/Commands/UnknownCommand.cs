namespace SportsBot.Core.Chat.Commands;

/// <summary>A slash command this bot does not know (it may be meant for another bot).</summary>
public sealed record UnknownCommand(string Name) : ChatCommand;
