namespace SportsBot.Core.Chat;

/// <summary>
/// A message as every platform adapter hands it to <see cref="ChatService"/>: no SDK types, the bot's own
/// @mention and command suffix already removed from <see cref="Text"/>.
/// </summary>
/// <param name="Platform">"telegram", "discord", "console"…</param>
/// <param name="IsMention">The message names the bot (an @mention, or a command addressed to it by name).</param>
/// <param name="IsDirect">A private chat with the bot: every message is a question.</param>
public sealed record IncomingMessage(
    string Platform,
    ChatId Chat,
    ChannelId Channel,
    MessageId Id,
    ChatUser User,
    string Text,
    bool IsMention,
    bool IsDirect,
    IReadOnlyList<ChatAttachment> Attachments,
    RepliedMessage? ReplyTo)
{
    public ChannelKey Key => new(Platform, Channel);

    /// <summary>A reply to one of the bot's messages: in a group it addresses the bot like a mention.</summary>
    public bool IsReplyToBot => ReplyTo?.IsFromBot == true;

    /// <summary>The group's name as the platform shows it, when it has one; lists of groups use it.</summary>
    public string? ChatTitle { get; init; }

    /// <summary>
    /// Asks the platform, now, what the sender is in another chat. Set by adapters that can, so an admin command
    /// sent in private can act on a group the sender runs; null where the platform cannot tell.
    /// </summary>
    public Func<ChatId, CancellationToken, Task<PlatformRole>>? RoleInChat { get; init; }
}
