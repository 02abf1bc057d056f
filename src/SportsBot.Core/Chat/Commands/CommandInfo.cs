namespace SportsBot.Core.Chat.Commands;

/// <summary>One line of help: how a command is written, what it does and who may use it.</summary>
/// <param name="Name">The command word without the slash, as platforms register it ("kb").</param>
public sealed record CommandInfo(string Name, string Usage, string Description, ChatRole Role);
