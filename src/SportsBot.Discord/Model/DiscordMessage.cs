namespace SportsBot.Discord.Model;

/// <summary>A message in a guild channel, a thread or a DM.</summary>
/// <param name="GuildId">Null in a direct message.</param>
/// <param name="MemberRoleIds">The author's role ids in the guild (from the partial member Discord sends with guild messages).</param>
/// <param name="MentionedUserIds">Users the message mentions, including the author of a message it replies to with ping on.</param>
/// <param name="ReferencedMessage">The message this one replies to, when Discord could include it.</param>
/// <param name="IsWebhook">Posted by a webhook (an integration, not a person).</param>
public sealed record DiscordMessage(
    string Id,
    string ChannelId,
    string? GuildId,
    DiscordUser Author,
    IReadOnlyList<string> MemberRoleIds,
    string Content,
    IReadOnlyList<string> MentionedUserIds,
    DiscordMessage? ReferencedMessage,
    IReadOnlyList<DiscordAttachment> Attachments,
    bool IsWebhook);
