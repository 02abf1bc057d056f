namespace SportsBot.Discord.Model;

/// <summary>READY: the gateway session is open; who the bot is and how to resume the session later.</summary>
public sealed record DiscordReady(string SessionId, string ResumeGatewayUrl, DiscordUser User, string ApplicationId) : DiscordEvent;
