using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;

namespace SportsBot.Core;

/// <summary>
/// An <see cref="IMemoryCache"/> for state kept per user, channel or route (rate limits, roles, rate-limit buckets):
/// every entry counts one against <c>maxEntries</c>, so memory stays flat however many users come and go, and
/// entries expire by the given <see cref="TimeProvider"/>, so tests can move time on with FakeTimeProvider.
/// </summary>
public static class BoundedMemoryCache
{
    public static MemoryCache Create(TimeProvider time, long maxEntries) => new(new MemoryCacheOptions
    {
        SizeLimit = maxEntries,
        Clock = new TimeProviderClock(time),
        ExpirationScanFrequency = TimeSpan.FromMinutes(1),
    });

    /// <summary>Stores <paramref name="value"/> as one entry until <paramref name="until"/>.</summary>
    public static T SetUntil<T>(this IMemoryCache cache, object key, T value, DateTimeOffset until) =>
        cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpiration = until, Size = 1 });

    private sealed class TimeProviderClock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
