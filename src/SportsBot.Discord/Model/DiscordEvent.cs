namespace SportsBot.Discord.Model;

/// <summary>A gateway dispatch the adapter acts on, already read from its JSON.</summary>
public abstract record DiscordEvent;
