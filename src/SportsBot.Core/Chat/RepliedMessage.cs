namespace SportsBot.Core.Chat;

/// <summary>The message an incoming message replies to.</summary>
/// <param name="IsFromBot">True when it is one of this bot's own messages: the reply is then a follow-up.</param>
public sealed record RepliedMessage(MessageId Id, bool IsFromBot, string? Text, IReadOnlyList<ChatAttachment> Attachments)
{
    /// <summary>
    /// False when the platform has no replies and the message only follows the answer (the console's one running
    /// conversation): then only a message that plainly continues ("and…", "why?") is taken as a follow-up.
    /// </summary>
    public bool IsExplicit { get; init; } = true;
}
