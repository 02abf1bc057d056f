namespace SportsBot.Discord.Gateway;

/// <summary>How a gateway connection ended and what comes next.</summary>
/// <param name="Resume">Keep the session and RESUME; false starts a new one with IDENTIFY.</param>
/// <param name="Healthy">The session had been established, so failures in a row start counting afresh.</param>
/// <param name="Delay">The wait before reconnecting; null for the backoff after failures.</param>
/// <param name="Error">An unexpected failure, logged with its stack trace.</param>
internal sealed record ConnectionEnd(bool Resume, bool Healthy, TimeSpan? Delay, string Reason, Exception? Error = null);
