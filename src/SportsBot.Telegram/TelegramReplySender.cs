using System.Globalization;
using SportsBot.Core.Chat;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace SportsBot.Telegram;

/// <summary>
/// Sends a reply to one Telegram chat: HTML, link previews off, the first message replying to the asker, the
/// reply's buttons as an inline keyboard under its last message. A prompt asks for a reply (force reply) from
/// the person it addresses, named in it so only their client opens the reply field.
/// </summary>
/// <param name="addressee">Who a prompt is for: the user who pressed the button that led to it.</param>
internal sealed class TelegramReplySender(ITelegramBotClient client, TelegramResilience retry, long chatId, User? addressee = null) : IReplySender
{
    /// <summary>Labels this short sit three to a row (👍 👎 Sources); longer ones (group names) one to a row.</summary>
    private const int ShortLabel = 12;

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task<IReadOnlyList<Core.Chat.MessageId>> SendAsync(OutgoingReply reply, CancellationToken cancellationToken)
    {
        var sent = new List<Core.Chat.MessageId>();
        var parts = reply.Kind == ReplyKind.Prompt ? [PromptHtml(reply)] : TelegramHtmlRenderer.Render(reply);
        for (var i = 0; i < parts.Count; i++)
        {
            var replyTo = i == 0 && reply.ReplyTo is { } id && int.TryParse(id.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var messageId)
                ? new ReplyParameters { MessageId = messageId, AllowSendingWithoutReply = true }
                : null;
            ReplyMarkup? markup = reply.Kind == ReplyKind.Prompt
                ? new ForceReplyMarkup { Selective = true, InputFieldPlaceholder = "What was wrong? (optional)" }
                : i == parts.Count - 1 && reply.Actions.Count > 0 ? Keyboard(reply.Actions) : null;
            var html = parts[i];
            var message = await retry.SendAsync(
                "sendMessage",
                ct => client.SendMessage(chatId, html, ParseMode.Html, replyParameters: replyTo, replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: ct),
                cancellationToken);
            sent.Add(new Core.Chat.MessageId(message.Id.ToString(CultureInfo.InvariantCulture)));
        }

        return sent;
    }

    private static InlineKeyboardMarkup Keyboard(IReadOnlyList<ReplyAction> actions) =>
        new(actions.Chunk(actions.All(a => a.Label.Length <= ShortLabel) ? 3 : 1)
            .Select(row => row.Select(a => InlineKeyboardButton.WithCallbackData(a.Label, a.Data))));

    /// <summary>"Name, what was wrong with this answer? Reply to this message…": the mention makes the force reply selective.</summary>
    private string PromptHtml(OutgoingReply reply)
    {
        var question = TelegramHtmlRenderer.Escape(reply.Text);
        var hint = " Reply to this message in one line (optional).";
        if (addressee is null)
        {
            return question + hint;
        }

        var name = TelegramHtmlRenderer.Escape(addressee.FirstName);
        var lowered = question.Length > 0 ? char.ToLowerInvariant(question[0]) + question[1..] : question;
        return $"<a href=\"tg://user?id={addressee.Id.ToString(CultureInfo.InvariantCulture)}\">{name}</a>, {lowered}{hint}";
    }
}
