namespace SportsBot.Tests.Telegram;

/// <summary>Any request the fake Bot API received, including the ones it answered with an error.</summary>
public sealed record ApiCall(string Method, long? ChatId, int Status, DateTimeOffset At);
