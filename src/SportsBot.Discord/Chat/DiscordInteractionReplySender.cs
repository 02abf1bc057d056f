using SportsBot.Core.Chat;
using SportsBot.Discord.Model;
using SportsBot.Discord.Rest;

namespace SportsBot.Discord.Chat;

/// <summary>
/// Replies to a deferred slash command: the first message becomes the original response ("thinking…" replaced),
/// anything more arrives as follow-ups.
/// </summary>
internal sealed class DiscordInteractionReplySender(DiscordRestClient rest, DiscordInteraction interaction) : IReplySender
{
    /// <summary>The deferred "thinking…" response has been replaced by a reply.</summary>
    public bool HasReplied { get; private set; }

    public async Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        var sent = new List<MessageId>();
        foreach (var message in DiscordEmbedRenderer.Render(reply))
        {
            var id = HasReplied
                ? await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken)
                : await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
            HasReplied = true;
            sent.Add(new MessageId(id));
        }

        return sent;
    }
}
