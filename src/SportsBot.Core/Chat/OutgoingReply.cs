using SportsBot.Core.Answering;

namespace SportsBot.Core.Chat;

/// <summary>What the bot says back. Text is plain text (adapters escape it); citations are rendered by the adapter.</summary>
/// <param name="ReplyTo">The message this answers; adapters reply to it where the platform allows.</param>
public sealed record OutgoingReply(ReplyKind Kind, string Text, IReadOnlyList<Citation> Citations, MessageId? ReplyTo)
{
    public static OutgoingReply Notice(string text, MessageId? replyTo) => new(ReplyKind.Notice, text, [], replyTo);

    public static OutgoingReply Error(string text, MessageId? replyTo) => new(ReplyKind.Error, text, [], replyTo);
}
