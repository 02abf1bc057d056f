namespace SportsBot.Discord.Model;

/// <summary>A file attached to a message or given to a slash command's attachment option.</summary>
/// <param name="Size">In bytes, as Discord reports it.</param>
/// <param name="Url">Where Discord's CDN serves it; fetched without the bot token.</param>
public sealed record DiscordAttachment(string Id, string FileName, long Size, string Url);
