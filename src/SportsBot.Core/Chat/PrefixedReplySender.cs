namespace SportsBot.Core.Chat;

/// <summary>Names the group a command acted on in its first reply, when the reply goes to a private chat ("Fans 101: Changed. …").</summary>
internal sealed class PrefixedReplySender(IReplySender inner, string prefix) : IReplySender
{
    private bool _prefixed;

    public Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        if (!_prefixed)
        {
            _prefixed = true;
            reply = reply with { Text = $"{prefix}: {reply.Text}" };
        }

        return inner.SendAsync(reply, cancellationToken);
    }
}
