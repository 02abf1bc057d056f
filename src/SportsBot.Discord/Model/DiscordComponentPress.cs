namespace SportsBot.Discord.Model;

/// <summary>A button pressed under one of the bot's messages (interaction type 3), or the form it opened submitted (type 5).</summary>
/// <param name="MessageId">The bot's message the button was under; for a submitted form, the message whose button opened it.</param>
/// <param name="Input">For a submitted form, the line typed into it.</param>
public sealed record DiscordComponentPress(
    string Id,
    string Token,
    string ApplicationId,
    string ChannelId,
    string? GuildId,
    DiscordUser User,
    IReadOnlyList<string> MemberRoleIds,
    ulong? MemberPermissions,
    string CustomId,
    string? MessageId,
    bool IsModalSubmit,
    string? Input);
