using System.Globalization;
using System.Net.Http.Headers;

namespace SportsBot.Discord.Rest;

/// <summary>
/// Discord's REST rate limits as its responses describe them: each route belongs to a bucket
/// (X-RateLimit-Bucket) counted per major parameter, with X-RateLimit-Remaining calls left until
/// X-RateLimit-Reset-After. A call waits while its bucket is empty, and everything waits out a global 429.
/// Nothing is guessed ahead of Discord's headers; a 429 sets the wait it names.
/// </summary>
public sealed class DiscordRateLimiter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until a call on <paramref name="route"/> may go out, and counts it against its bucket.</summary>
    public async Task WaitAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                wait = _globalUntil - now;
                if (wait <= TimeSpan.Zero)
                {
                    if (!_buckets.TryGetValue(BucketKey(route), out var bucket) || bucket.ResetAt <= now)
                    {
                        return;
                    }

                    if (bucket.Remaining > 0)
                    {
                        bucket.Remaining--;
                        return;
                    }

                    wait = bucket.ResetAt - now;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Learns the route's bucket and what is left of it from a response's headers.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        var hash = Header(headers, "X-RateLimit-Bucket");
        var remaining = Header(headers, "X-RateLimit-Remaining");
        var resetAfter = Header(headers, "X-RateLimit-Reset-After");
        lock (_gate)
        {
            if (hash is not null)
            {
                _bucketOfRoute[route.Name] = hash;
            }

            if (int.TryParse(remaining, NumberStyles.None, CultureInfo.InvariantCulture, out var left)
                && double.TryParse(resetAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                _buckets[BucketKey(route)] = new Bucket(left, time.GetUtcNow() + TimeSpan.FromSeconds(seconds));
            }
        }
    }

    /// <summary>A 429: nothing more on this bucket (or, when global, on any route) for <paramref name="retryAfter"/>.</summary>
    public void Limited(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        lock (_gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (global)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
            }
            else
            {
                _buckets[BucketKey(route)] = new Bucket(0, until);
            }
        }
    }

    /// <summary>The bucket a route is counted in: Discord's hash once a response named it, the route itself before.</summary>
    private string BucketKey(DiscordRoute route) =>
        (_bucketOfRoute.TryGetValue(route.Name, out var hash) ? hash : route.Name) + "|" + route.Major;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private sealed class Bucket(int remaining, DateTimeOffset resetAt)
    {
        public int Remaining { get; set; } = remaining;

        public DateTimeOffset ResetAt { get; } = resetAt;
    }
}
