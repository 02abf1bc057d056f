namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb stale [days]</c>: articles older than that which answers still cite.</summary>
public sealed record KbStaleCommand(int Days) : ChatCommand
{
    public const int DefaultDays = 365;
}
