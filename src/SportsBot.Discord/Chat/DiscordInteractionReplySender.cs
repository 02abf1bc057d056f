using SportsBot.Core.Chat;
using SportsBot.Discord.Model;
using SportsBot.Discord.Rest;

namespace SportsBot.Discord.Chat;

/// <summary>
/// Replies to a deferred slash command: the first message replaces "thinking…", anything more arrives as
/// follow-ups. Who sees the original response was fixed when it was deferred, so a first reply meant for other
/// eyes (a cooldown notice on a public /ask) removes "thinking…" and goes out as a follow-up with its own flags.
/// </summary>
internal sealed class DiscordInteractionReplySender(DiscordRestClient rest, DiscordInteraction interaction, bool deferredPrivately) : IReplySender
{
    private bool _originalGone;

    /// <summary>The deferred "thinking…" response has been replaced by a reply.</summary>
    public bool HasReplied { get; private set; }

    public async Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        var sent = new List<MessageId>();
        foreach (var message in DiscordEmbedRenderer.Render(reply))
        {
            string id;
            if (!HasReplied && !_originalGone && message.Ephemeral == deferredPrivately)
            {
                id = await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
            }
            else
            {
                if (!HasReplied && !_originalGone)
                {
                    // A follow-up sent while "thinking…" stands would take its place and its visibility.
                    await rest.DeleteOriginalResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken);
                    _originalGone = true;
                }

                id = await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
            }

            HasReplied = true;
            sent.Add(new MessageId(id));
        }

        return sent;
    }
}
