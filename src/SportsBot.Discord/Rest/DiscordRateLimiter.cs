using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Caching.Memory;
using SportsBot.Core;

namespace SportsBot.Discord.Rest;

/// <summary>
/// Discord's REST rate limits as its responses describe them: each route belongs to a bucket
/// (X-RateLimit-Bucket) counted per major parameter, with X-RateLimit-Remaining calls left until
/// X-RateLimit-Reset-After. A call waits while its bucket is empty, and everything waits out a global 429.
/// Nothing is guessed ahead of Discord's headers; a 429 sets the wait it names. A bucket is forgotten when it resets
/// (it holds nothing worth knowing after that), and at most <see cref="MaxBuckets"/> are kept: every interaction token
/// is a major parameter of its own, so a busy bot would otherwise keep one bucket per slash command ever used.
/// </summary>
public sealed class DiscordRateLimiter(TimeProvider time) : IDisposable
{
    public const int MaxBuckets = 10_000;

    private readonly Lock _gate = new();

    /// <summary>Route templates (a few dozen) to Discord's bucket hashes.</summary>
    private readonly Dictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly MemoryCache _buckets = BoundedMemoryCache.Create(time, MaxBuckets);
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
                    if (!_buckets.TryGetValue(BucketKey(route), out Bucket? bucket) || bucket is null || bucket.ResetAt <= now)
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
                Remember(route, new Bucket(left, time.GetUtcNow() + TimeSpan.FromSeconds(seconds)));
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
                Remember(route, new Bucket(0, until));
            }
        }
    }

    /// <summary>The number of buckets remembered: what keeps memory flat.</summary>
    public int BucketCount => _buckets.Count;

    public void Dispose() => _buckets.Dispose();

    private void Remember(DiscordRoute route, Bucket bucket)
    {
        if (bucket.ResetAt > time.GetUtcNow())
        {
            _buckets.SetUntil(BucketKey(route), bucket, bucket.ResetAt);
        }
        else
        {
            _buckets.Remove(BucketKey(route));
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
