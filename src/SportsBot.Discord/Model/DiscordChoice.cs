namespace SportsBot.Discord.Model;

/// <summary>One autocomplete choice: what the list shows and what the option receives (each at most 100 characters).</summary>
public sealed record DiscordChoice(string Name, string Value);
