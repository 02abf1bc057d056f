namespace SportsBot.Discord.Rest;

/// <summary>
/// One REST endpoint call. Discord rate-limits per route template and "major parameter" (the channel, guild or
/// webhook), so both are kept apart from the concrete path.
/// </summary>
/// <param name="Path">Relative to Discord:ApiBaseUrl; may hold an interaction token, so it is never logged.</param>
/// <param name="Template">The path with ids as placeholders: what logs show.</param>
/// <param name="Major">The channel, guild or webhook the limit is counted for; empty when none.</param>
public sealed record DiscordRoute(string Method, string Path, string Template, string Major)
{
    /// <summary>"POST channels/{channel}/messages": how logs and bucket discovery name the route.</summary>
    public string Name => $"{Method} {Template}";
}
