namespace SportsBot.Telegram;

/// <summary>Who the bot is on Telegram (from getMe): needed to spot mentions, replies to it and commands addressed to it.</summary>
public sealed record TelegramBotIdentity(long Id, string Username);
