namespace SportsBot.Core.Chat.Commands;

/// <summary>A parsed chat command; the same words on every platform.</summary>
public abstract record ChatCommand;
