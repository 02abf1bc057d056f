namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/config set &lt;key&gt; &lt;value&gt;</c>.</summary>
public sealed record ConfigSetCommand(string Key, string Value) : ChatCommand;
