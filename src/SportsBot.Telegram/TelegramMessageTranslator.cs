using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SportsBot.Core.Chat;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace SportsBot.Telegram;

/// <summary>
/// A Telegram message as a Core <see cref="IncomingMessage"/>: the bot's @mention and command suffix removed,
/// the sender's role looked up, documents offered as attachments fetched only when a command needs them. In a
/// private chat the sender's role in their groups can be asked, for admin commands sent there. A press of an
/// inline button as a Core <see cref="ButtonPress"/>.
/// </summary>
public sealed class TelegramMessageTranslator(TelegramRoleCache roles, TelegramResilience retry)
{
    public const string Platform = "telegram";

    /// <returns>Null for messages no bot handles (from bots, without text or file) and for commands addressed to another bot.</returns>
    public async Task<IncomingMessage?> TranslateAsync(ITelegramBotClient client, TelegramBotIdentity bot, Message message, CancellationToken cancellationToken)
    {
        var text = message.Text ?? message.Caption ?? string.Empty;
        var anonymousAdmin = message.SenderChat is { } senderChat && senderChat.Id == message.Chat.Id;
        if ((message.From is null || message.From.IsBot) && !anonymousAdmin)
        {
            return null;
        }

        // Stickers, photos, joins: nothing to answer, so no reason to ask Telegram for the sender's role.
        if (text.Trim().Length == 0 && message.Document is null)
        {
            return null;
        }

        var mentioned = false;
        if (TelegramCommandTarget.Of(text) is { } target)
        {
            if (!target.Equals(bot.Username, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            text = TelegramCommandTarget.Remove(text);
            mentioned = true;
        }

        var withoutMention = Regex.Replace(text, $@"(?<![\w@])@{Regex.Escape(bot.Username)}\b", string.Empty, RegexOptions.IgnoreCase);
        if (withoutMention.Length != text.Length)
        {
            mentioned = true;
            text = Regex.Replace(withoutMention, @"[ \t]{2,}", " ").Trim();
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        var user = anonymousAdmin
            // An admin posting "as the group" is anonymous, but Telegram only lets admins do that.
            ? new ChatUser(new UserId(Id(message.Chat.Id)), message.Chat.Title ?? "group admin", null, PlatformRole.Admin, [])
            : new ChatUser(
                new UserId(Id(message.From!.Id)),
                string.Join(' ', new[] { message.From.FirstName, message.From.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))),
                message.From.Username,
                isPrivate ? PlatformRole.Member : await roles.GetAsync(client, message.Chat.Id, message.From.Id, cancellationToken),
                []);

        var replied = message.ReplyToMessage is { } r
            ? new RepliedMessage(new Core.Chat.MessageId(Id(r.Id)), r.From?.Id == bot.Id, r.Text ?? r.Caption, Attachments(client, r))
            : null;

        var chat = Id(message.Chat.Id);
        var userId = message.From?.Id;
        return new IncomingMessage(Platform, new Core.Chat.ChatId(chat), new ChannelId(chat), new Core.Chat.MessageId(Id(message.Id)), user, text, mentioned, isPrivate, Attachments(client, message), replied)
        {
            ChatTitle = message.Chat.Title,
            RoleInChat = isPrivate && userId is { } from ? (group, ct) => RoleInAsync(client, group, from, ct) : null,
        };
    }

    /// <returns>Null for a press Core cannot act on: no message under it (too old for Telegram to send), or no data.</returns>
    public async Task<ButtonPress?> TranslatePressAsync(ITelegramBotClient client, CallbackQuery query, CancellationToken cancellationToken)
    {
        if (query.Message is not { } message || query.Data is not { Length: > 0 } data)
        {
            return null;
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        var from = query.From;
        var role = isPrivate ? PlatformRole.Member : await roles.GetAsync(client, message.Chat.Id, from.Id, cancellationToken);
        var user = new ChatUser(
            new UserId(Id(from.Id)),
            string.Join(' ', new[] { from.FirstName, from.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))),
            from.Username,
            role,
            []);
        var chat = Id(message.Chat.Id);
        return new ButtonPress(Platform, new Core.Chat.ChatId(chat), new ChannelId(chat), new Core.Chat.MessageId(Id(message.Id)), user, data, isPrivate);
    }

    private async Task<PlatformRole> RoleInAsync(ITelegramBotClient client, Core.Chat.ChatId group, long userId, CancellationToken cancellationToken) =>
        long.TryParse(group.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chatId)
            ? await roles.GetAsync(client, chatId, userId, cancellationToken, fresh: true)
            : PlatformRole.Member;

    private IReadOnlyList<ChatAttachment> Attachments(ITelegramBotClient client, Message message)
    {
        if (message.Document is not { } document)
        {
            return [];
        }

        return [new ChatAttachment(document.FileName ?? "file", document.FileSize, ct => DownloadAsync(client, document.FileId, ct))];
    }

    private async Task<byte[]> DownloadAsync(ITelegramBotClient client, string fileId, CancellationToken cancellationToken)
    {
        var file = await retry.SendAsync("getFile", ct => client.GetFile(fileId, ct), cancellationToken);
        return await retry.SendAsync(
            "downloadFile",
            async ct =>
            {
                using var buffer = new MemoryStream();
                await client.DownloadFile(file.FilePath!, buffer, ct);
                return buffer.ToArray();
            },
            cancellationToken);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
