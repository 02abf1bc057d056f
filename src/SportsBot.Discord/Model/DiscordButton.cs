namespace SportsBot.Discord.Model;

/// <summary>A button under a message (component type 2, style secondary); a press sends an interaction carrying <see cref="CustomId"/>.</summary>
public sealed record DiscordButton(string Label, string CustomId);
