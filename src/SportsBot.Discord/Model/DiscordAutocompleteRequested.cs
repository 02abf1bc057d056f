namespace SportsBot.Discord.Model;

/// <summary>INTERACTION_CREATE asking for autocomplete choices.</summary>
public sealed record DiscordAutocompleteRequested(DiscordAutocomplete Request) : DiscordEvent;
