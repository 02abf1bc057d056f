namespace SportsBot.Discord.Model;

/// <summary>A slash command someone invoked (an APPLICATION_COMMAND interaction).</summary>
/// <param name="Token">Valid for 15 minutes: the deferral, the edit of the original response and follow-ups use it.</param>
/// <param name="GuildId">Null when invoked in a DM with the bot.</param>
/// <param name="MemberPermissions">The invoker's permissions in the channel, computed by Discord; null in a DM.</param>
public sealed record DiscordInteraction(
    string Id,
    string Token,
    string ApplicationId,
    string ChannelId,
    string? GuildId,
    DiscordUser User,
    IReadOnlyList<string> MemberRoleIds,
    ulong? MemberPermissions,
    string CommandName,
    IReadOnlyList<DiscordCommandOption> Options);
