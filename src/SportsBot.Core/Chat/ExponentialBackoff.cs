namespace SportsBot.Core.Chat;

/// <summary>How long a platform adapter waits after its n-th failure in a row (network errors, 5xx, reconnects).</summary>
public static class ExponentialBackoff
{
    /// <param name="failures">1 for the first failure; the wait doubles with each further one, up to <paramref name="max"/>.</param>
    public static TimeSpan Delay(TimeSpan initial, TimeSpan max, int failures)
    {
        var backoff = initial.TotalMilliseconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 16));
        var capped = Math.Min(backoff, max.TotalMilliseconds);
        // A little jitter keeps shards, restarted processes and bots behind one proxy from retrying in lockstep.
        return TimeSpan.FromMilliseconds(capped * (0.9 + (Random.Shared.NextDouble() * 0.2)));
    }
}
