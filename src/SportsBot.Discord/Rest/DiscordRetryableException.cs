namespace SportsBot.Discord.Rest;

/// <summary>
/// A REST attempt that may work when tried again (a 429, a 5xx). Lives only inside <see cref="DiscordRestClient"/>'s
/// retry pipeline; when the attempts run out, <see cref="Failure"/> is what the caller sees.
/// </summary>
/// <param name="RateLimited">A 429: the rate limiter already holds the route (or everything) back for as long as Discord asked.</param>
internal sealed class DiscordRetryableException(Exception failure, bool rateLimited) : Exception(failure.Message, failure)
{
    public Exception Failure { get; } = failure;

    public bool RateLimited { get; } = rateLimited;
}
