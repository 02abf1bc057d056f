namespace SportsBot.Discord.Model;

/// <summary>A form with one optional line of text (interaction response type 9); its submission carries <see cref="CustomId"/>.</summary>
public sealed record DiscordModal(string CustomId, string Title, string Label, string Placeholder, int MaxLength);
