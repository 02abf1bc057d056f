using Microsoft.Extensions.Options;
using SportsBot.Core.Chat;
using SportsBot.Discord.Model;
using SportsBot.Discord.Rest;

namespace SportsBot.Discord.Chat;

/// <summary>Discord attachments as Core attachments: fetched from the CDN only when a command needs them, capped at Chat:MaxAttachmentBytes.</summary>
public sealed class DiscordAttachmentSource(DiscordRestClient rest, IOptions<ChatOptions> chat)
{
    public IReadOnlyList<ChatAttachment> ToChat(IEnumerable<DiscordAttachment> attachments) =>
        [.. attachments.Select(a => new ChatAttachment(a.FileName, a.Size, ct => rest.DownloadAttachmentAsync(a.Url, chat.Value.MaxAttachmentBytes, ct)))];
}
