namespace SportsBot.Core.Chat;

/// <summary>The message an incoming message replies to.</summary>
/// <param name="IsFromBot">True when it is one of this bot's own messages: the reply is then a follow-up.</param>
public sealed record RepliedMessage(MessageId Id, bool IsFromBot, string? Text, IReadOnlyList<ChatAttachment> Attachments);
