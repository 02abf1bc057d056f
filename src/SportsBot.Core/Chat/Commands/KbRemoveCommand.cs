namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb remove &lt;id&gt;</c>.</summary>
public sealed record KbRemoveCommand(string ArticleId) : ChatCommand;
