namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb add &lt;url | text&gt;</c>, or with an attached file, or as a reply to a message holding the article.</summary>
public sealed record KbAddCommand(string Argument) : ChatCommand;
