using Microsoft.Extensions.Options;
using SportsBot.Core.Chat;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SportsBot.Telegram;

/// <summary>Sends a reply to one Telegram chat: HTML, link previews off, the first message replying to the asker.</summary>
internal sealed class TelegramReplySender(ITelegramBotClient client, TelegramRetryPolicy retry, IOptions<TelegramOptions> options, long chatId) : IReplySender
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task<IReadOnlyList<Core.Chat.MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        var sent = new List<Core.Chat.MessageId>();
        var parts = TelegramHtmlRenderer.Render(reply);
        for (var i = 0; i < parts.Count; i++)
        {
            var replyTo = i == 0 && reply.ReplyTo is { } id && int.TryParse(id.Value, out var messageId)
                ? new ReplyParameters { MessageId = messageId, AllowSendingWithoutReply = true }
                : null;
            var html = parts[i];
            var message = await retry.ExecuteAsync(
                "sendMessage",
                ct => client.SendMessage(chatId, html, ParseMode.Html, replyParameters: replyTo, linkPreviewOptions: NoPreview, cancellationToken: ct),
                options.Value.SendAttempts,
                cancellationToken);
            sent.Add(new Core.Chat.MessageId(message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return sent;
    }
}
