namespace SportsBot.Discord.Chat;

/// <summary>Who the bot is (from READY): its user id spots mentions and replies to it; the application id owns its commands and interaction responses.</summary>
public sealed record DiscordBotIdentity(string UserId, string ApplicationId);
