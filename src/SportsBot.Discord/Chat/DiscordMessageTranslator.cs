using System.Text.RegularExpressions;
using SportsBot.Core.Chat;
using SportsBot.Discord.Model;

namespace SportsBot.Discord.Chat;

/// <summary>
/// A Discord message as a Core <see cref="IncomingMessage"/>: the bot's mention removed (and noted), the author's
/// admin status and roles looked up, a reply to the bot recognised, files offered as attachments.
/// </summary>
public sealed partial class DiscordMessageTranslator(DiscordRoleCache roles, DiscordAttachmentSource attachments)
{
    public const string Platform = "discord";

    /// <returns>Null for messages no bot handles: from bots (itself included) and webhooks, or with neither text nor file.</returns>
    public async Task<IncomingMessage?> TranslateAsync(DiscordBotIdentity bot, DiscordMessage message, CancellationToken cancellationToken)
    {
        if (message.Author.IsBot || message.IsWebhook || (message.Content.Trim().Length == 0 && message.Attachments.Count == 0))
        {
            return null;
        }

        // Regex's own cache keeps the compiled pattern: the bot's id never changes.
        var mention = $@"<@!?{Regex.Escape(bot.UserId)}>";
        var mentioned = Regex.IsMatch(message.Content, mention);
        var text = mentioned ? Spaces().Replace(Regex.Replace(message.Content, mention, string.Empty), " ").Trim() : message.Content;

        var isDirect = message.GuildId is null;
        var access = isDirect
            ? DiscordMemberAccess.Member
            : await roles.ResolveAsync(message.GuildId!, message.Author.Id, message.MemberRoleIds, permissions: null, cancellationToken);
        var author = message.Author;
        var user = new ChatUser(new UserId(author.Id), author.DisplayName, author.Username, access.Role, access.Roles);

        var replied = message.ReferencedMessage is { } r
            ? new RepliedMessage(new MessageId(r.Id), r.Author.Id == bot.UserId, r.Content, attachments.ToChat(r.Attachments))
            : null;
        return new IncomingMessage(
            Platform,
            new ChatId(message.GuildId ?? message.ChannelId),
            new ChannelId(message.ChannelId),
            new MessageId(message.Id),
            user,
            text,
            mentioned,
            isDirect,
            attachments.ToChat(message.Attachments),
            replied);
    }

    /// <summary>Runs of spaces left where a mention was; line breaks stay, so a pasted article keeps its paragraphs.</summary>
    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
