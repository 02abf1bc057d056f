using SportsBot.Core.Chat;
using SportsBot.Discord.Rest;

namespace SportsBot.Discord.Chat;

/// <summary>Posts a reply in a channel, the first message replying to the asker's.</summary>
internal sealed class DiscordChannelReplySender(DiscordRestClient rest, string channelId) : IReplySender
{
    public async Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        var sent = new List<MessageId>();
        foreach (var message in DiscordEmbedRenderer.Render(reply))
        {
            sent.Add(new MessageId(await rest.CreateMessageAsync(channelId, message, cancellationToken)));
        }

        return sent;
    }
}
