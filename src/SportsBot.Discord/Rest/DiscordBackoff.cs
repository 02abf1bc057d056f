using SportsBot.Core.Chat;

namespace SportsBot.Discord.Rest;

/// <summary>How long to wait after the n-th failure in a row, for REST retries and gateway reconnects alike.</summary>
public static class DiscordBackoff
{
    public static TimeSpan Delay(DiscordOptions options, int failures) =>
        ExponentialBackoff.Delay(TimeSpan.FromMilliseconds(options.BackoffInitialMilliseconds), TimeSpan.FromSeconds(options.BackoffMaxSeconds), failures);
}
