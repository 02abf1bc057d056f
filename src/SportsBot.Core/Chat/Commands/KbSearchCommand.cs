namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb search &lt;words&gt;</c>.</summary>
public sealed record KbSearchCommand(string Words) : ChatCommand;
