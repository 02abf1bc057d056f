namespace SportsBot.Discord.Rest;

/// <summary>How long to wait after the n-th failure in a row, for REST retries and gateway reconnects alike.</summary>
public static class DiscordBackoff
{
    public static TimeSpan Delay(DiscordOptions options, int failures)
    {
        var backoff = options.BackoffInitialMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 16));
        var capped = Math.Min(backoff, options.BackoffMaxSeconds * 1000.0);
        // A little jitter keeps shards and restarted processes from hammering Discord in lockstep.
        return TimeSpan.FromMilliseconds(capped * (0.9 + (Random.Shared.NextDouble() * 0.2)));
    }
}
