namespace SportsBot.Discord.Model;

/// <summary>Someone is typing into an option registered with autocomplete (interaction type 4): what they typed so far.</summary>
/// <param name="Subcommand">The subcommand being filled in ("remove" of /kb remove), if any.</param>
/// <param name="Option">The focused option's name.</param>
public sealed record DiscordAutocomplete(string Id, string Token, string CommandName, string? Subcommand, string Option, string Typed);
