namespace SportsBot.Core.Chat.Commands;

/// <summary>A known command used the wrong way; <see cref="Message"/> says how to use it.</summary>
public sealed record InvalidCommand(string Name, string Message) : ChatCommand;
