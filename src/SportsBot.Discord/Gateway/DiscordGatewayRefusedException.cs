namespace SportsBot.Discord.Gateway;

/// <summary>Discord refused the bot for good (bad token, disallowed intents, bad shard): reconnecting cannot help.</summary>
public sealed class DiscordGatewayRefusedException(string message) : Exception(message);
