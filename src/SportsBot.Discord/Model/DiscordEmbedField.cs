namespace SportsBot.Discord.Model;

/// <summary>A titled block of an embed (a source of an answer).</summary>
public sealed record DiscordEmbedField(string Name, string Value);
