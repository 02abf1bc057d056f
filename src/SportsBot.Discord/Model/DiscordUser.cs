namespace SportsBot.Discord.Model;

/// <summary>A Discord account: a person, a bot or a webhook's author.</summary>
/// <param name="GlobalName">The display name the user chose, when they chose one.</param>
public sealed record DiscordUser(string Id, string Username, string? GlobalName, bool IsBot)
{
    public string DisplayName => string.IsNullOrWhiteSpace(GlobalName) ? Username : GlobalName;
}
