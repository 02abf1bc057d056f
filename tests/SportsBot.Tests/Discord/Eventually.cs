namespace SportsBot.Tests.Discord;

/// <summary>Waits for something the bot does in the background, failing with a description of what never happened.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null, Func<string>? explain = null)
        where T : class
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.{(explain is null ? string.Empty : " " + explain())}");
            }

            await Task.Delay(20);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null, Func<string>? explain = null) =>
        GetAsync(() => condition() ? string.Empty : null, what, timeout, explain);
}
