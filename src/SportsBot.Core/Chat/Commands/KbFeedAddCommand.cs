namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb feed add &lt;url&gt;</c>: subscribe the knowledge base to an RSS or Atom feed.</summary>
public sealed record KbFeedAddCommand(string Url) : ChatCommand;
