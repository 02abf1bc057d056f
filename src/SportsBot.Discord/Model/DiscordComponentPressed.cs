namespace SportsBot.Discord.Model;

/// <summary>INTERACTION_CREATE for a button press or a submitted form.</summary>
public sealed record DiscordComponentPressed(DiscordComponentPress Press) : DiscordEvent;
