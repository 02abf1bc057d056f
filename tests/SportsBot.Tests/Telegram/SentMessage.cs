namespace SportsBot.Tests.Telegram;

/// <summary>A sendMessage call the fake Bot API accepted, as the bot sent it.</summary>
public sealed record SentMessage(long ChatId, int MessageId, string Text, string? ParseMode, int? ReplyToMessageId, bool LinkPreviewDisabled, DateTimeOffset At)
{
    /// <summary>The inline keyboard under it, as (text, callback data), row by row.</summary>
    public IReadOnlyList<(string Text, string Data)> Buttons { get; init; } = [];

    /// <summary>The text as the reader sees it, once Telegram has parsed the HTML.</summary>
    public string Plain => string.Equals(ParseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? TelegramHtml.Plain(Text) : Text;

    /// <summary>It asked for a reply (force_reply).</summary>
    public bool ForceReply { get; init; }
}
