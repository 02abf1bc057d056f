namespace SportsBot.Tests.Telegram;

/// <summary>A sendMessage call the fake Bot API accepted, as the bot sent it.</summary>
public sealed record SentMessage(long ChatId, int MessageId, string Text, string? ParseMode, int? ReplyToMessageId, bool LinkPreviewDisabled, DateTimeOffset At);
