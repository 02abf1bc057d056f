namespace SportsBot.Core.Chat;

/// <summary>A chat, group or guild on a platform (Telegram chat id, Discord guild id).</summary>
public readonly record struct ChatId(string Value)
{
    public override string ToString() => Value;
}
