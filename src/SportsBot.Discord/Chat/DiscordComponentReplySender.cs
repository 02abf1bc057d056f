using SportsBot.Core.Chat;
using SportsBot.Discord.Model;
using SportsBot.Discord.Rest;

namespace SportsBot.Discord.Chat;

/// <summary>
/// Replies to a button press or a submitted form. Discord wants the first response within three seconds and
/// only once: a prompt opens as a form, anything else is the response message, and later replies are follow-ups.
/// </summary>
internal sealed class DiscordComponentReplySender(DiscordRestClient rest, DiscordComponentPress press) : IReplySender
{
    public const string PromptPlaceholder = "Outdated, wrong, missing a source… (optional)";

    /// <summary>Discord has had its one response to the interaction.</summary>
    public bool HasResponded { get; private set; }

    public async Task<IReadOnlyList<MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        if (reply.Kind == ReplyKind.Prompt && !HasResponded && !press.IsModalSubmit && reply.Actions.Count > 0)
        {
            var label = DiscordMarkdown.Truncate(reply.Text, DiscordLimits.ModalTitle);
            await rest.RespondWithModalAsync(press.Id, press.Token, new DiscordModal(reply.Actions[0].Data, label, label, PromptPlaceholder, Core.Chat.FeedbackHandler.MaxCommentLength), cancellationToken);
            HasResponded = true;
            return [];
        }

        var sent = new List<MessageId>();
        foreach (var message in DiscordEmbedRenderer.Render(reply with { Actions = reply.Kind == ReplyKind.Prompt ? [] : reply.Actions }))
        {
            if (!HasResponded)
            {
                // The response to a press returns no message id; only follow-ups do.
                await rest.RespondWithMessageAsync(press.Id, press.Token, message, cancellationToken);
                HasResponded = true;
                continue;
            }

            sent.Add(new MessageId(await rest.CreateFollowupAsync(press.ApplicationId, press.Token, message, cancellationToken)));
        }

        return sent;
    }
}
