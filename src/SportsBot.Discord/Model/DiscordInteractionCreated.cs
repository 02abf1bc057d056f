namespace SportsBot.Discord.Model;

/// <summary>INTERACTION_CREATE for a slash command; other interaction types are not dispatched.</summary>
public sealed record DiscordInteractionCreated(DiscordInteraction Interaction) : DiscordEvent;
