namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/ask &lt;question&gt;</c>; also how mentions, replies and direct messages arrive.</summary>
public sealed record AskCommand(string Question) : ChatCommand;
