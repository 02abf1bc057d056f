namespace SportsBot.Core.Chat;

/// <summary>Where messages are posted and settings apply (a Telegram chat, a Discord channel).</summary>
public readonly record struct ChannelId(string Value)
{
    public override string ToString() => Value;
}
