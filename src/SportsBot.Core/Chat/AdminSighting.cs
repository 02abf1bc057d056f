namespace SportsBot.Core.Chat;

/// <summary>A group where the bot last saw someone as an admin: where an admin command sent in private may act.</summary>
/// <param name="Title">The group's name, when the platform gave one.</param>
public sealed record AdminSighting(ChatId Chat, ChannelId Channel, string? Title, DateTimeOffset At)
{
    public string Label => string.IsNullOrWhiteSpace(Title) ? $"chat {Channel.Value}" : Title;
}
