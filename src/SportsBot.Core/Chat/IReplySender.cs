namespace SportsBot.Core.Chat;

/// <summary>Sends replies to the channel a message came from; implemented by each adapter per incoming message.</summary>
public interface IReplySender
{
    /// <returns>The ids of the messages posted (a long reply may be split into several).</returns>
    Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken);
}
