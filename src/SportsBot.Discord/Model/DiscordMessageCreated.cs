namespace SportsBot.Discord.Model;

/// <summary>MESSAGE_CREATE.</summary>
public sealed record DiscordMessageCreated(DiscordMessage Message) : DiscordEvent;
