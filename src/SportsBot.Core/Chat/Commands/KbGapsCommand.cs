namespace SportsBot.Core.Chat.Commands;

/// <summary><c>/kb gaps [days]</c>: what people asked that the knowledge base answered badly or not at all.</summary>
public sealed record KbGapsCommand(int Days) : ChatCommand
{
    public const int DefaultDays = 30;
}
