using SportsBot.Core.Chat;

namespace SportsBot.Tests.Chat;

/// <summary>A platform that keeps what the bot said, numbering its messages like a chat would.</summary>
public sealed class RecordingReplySender : IReplySender
{
    private int _next;

    public List<(MessageId Id, OutgoingReply Reply)> Sent { get; } = [];

    public OutgoingReply Last => Sent[^1].Reply;

    public MessageId LastId => Sent[^1].Id;

    public Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        var id = new MessageId($"bot-{Interlocked.Increment(ref _next)}");
        Sent.Add((id, reply));
        return Task.FromResult<IReadOnlyList<MessageId>>([id]);
    }
}
