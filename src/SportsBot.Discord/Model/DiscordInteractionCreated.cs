namespace SportsBot.Discord.Model;

/// <summary>INTERACTION_CREATE for a slash command.</summary>
public sealed record DiscordInteractionCreated(DiscordInteraction Interaction) : DiscordEvent;
