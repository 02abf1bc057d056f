using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb edit &lt;id&gt; date|title|source|url &lt;value&gt;</c>: fix an article's metadata in place.</summary>
public sealed record KbEditCommand(string Reference, ArticleField Field, string Value) : ChatCommand;
