namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb show &lt;id&gt;</c>: everything moderators need to judge one article.</summary>
/// <param name="Reference">As typed: a short number ("42", "#42") or a long id.</param>
public sealed record KbShowCommand(string Reference) : ChatCommand;
