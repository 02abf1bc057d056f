using SportsBot.Core.Answering;

namespace SportsBot.Core.Chat;

/// <summary>What the bot says back. Text is plain text (adapters escape it); citations are rendered by the adapter.</summary>
/// <param name="ReplyTo">The message this answers; adapters reply to it where the platform allows.</param>
public sealed record OutgoingReply(ReplyKind Kind, string Text, IReadOnlyList<Citation> Citations, MessageId? ReplyTo)
{
    /// <summary>
    /// Only the person it answers needs to see it (a refusal, a cooldown notice, a moderation confirmation).
    /// Platforms that can show a message to one person (Discord interactions) do; the others post it as usual.
    /// </summary>
    public bool Private { get; init; }

    /// <summary>Buttons under the reply, in order; a press comes back to Core as a <see cref="ButtonPress"/> carrying the action's data.</summary>
    public IReadOnlyList<ReplyAction> Actions { get; init; } = [];

    public static OutgoingReply Notice(string text, MessageId? replyTo) => new(ReplyKind.Notice, text, [], replyTo);

    public static OutgoingReply Error(string text, MessageId? replyTo) => new(ReplyKind.Error, text, [], replyTo);
}
