using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SportsBot.Core.Chat;

/// <summary>
/// Rate limits for members: one question (or search) per cooldown per user in a channel, and a budget of
/// requests per channel per minute for all members together. Moderators and admins are not limited. A limited user
/// is told once when to try again and then ignored until that time has passed, so the bot never floods a channel
/// with "slow down" messages. What it remembers expires with the time it is about and is bounded in entries, so a
/// long run with many users keeps its memory flat.
/// </summary>
public sealed class ChatRateLimiter(IOptions<ChatOptions> options, TimeProvider time) : IDisposable
{
    /// <summary>Users and channels remembered at once; past it the oldest are dropped (and briefly not limited).</summary>
    public const int MaxEntries = 100_000;

    private static readonly TimeSpan BudgetPeriod = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _state = BoundedMemoryCache.Create(time, MaxEntries);
    private readonly Lock _gate = new();

    /// <param name="costly">A question or search: these wait for the user's cooldown; help and lists only use the channel budget.</param>
    public RateLimitDecision Check(IncomingMessage message, ChannelSettings settings, ChatRole role, bool costly) =>
        Check(message.Key, message.User.Id, settings, role, costly);

    public RateLimitDecision Check(ChannelKey channel, UserId user, ChannelSettings settings, ChatRole role, bool costly)
    {
        if (role >= ChatRole.Moderator)
        {
            return RateLimitDecision.Admit;
        }

        var who = $"{channel}|{user.Value}";
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (costly && settings.CooldownSeconds > 0 && _state.TryGetValue(("asked", who), out DateTimeOffset last) && last + TimeSpan.FromSeconds(settings.CooldownSeconds) > now)
            {
                // Measured from the last admitted question, so a changed setting applies at once and the notice names the seconds actually left.
                return Refuse(who, last + TimeSpan.FromSeconds(settings.CooldownSeconds) - now, "You are asking faster than this channel allows");
            }

            var key = ("budget", channel.ToString());
            if (!_state.TryGetValue(key, out Budget? budget) || budget is null)
            {
                budget = _state.SetUntil(key, new Budget(now + BudgetPeriod), now + BudgetPeriod);
            }

            if (budget.Used >= options.Value.ChannelRequestsPerMinute)
            {
                return Refuse(who, budget.Until - now, "This channel has asked me a lot in the last minute");
            }

            budget.Used++;
            if (costly)
            {
                // No cooldown is longer than an hour: past that the entry can no longer hold anyone back.
                _state.SetUntil(("asked", who), now, now + TimeSpan.FromHours(1));
            }

            _state.Remove(("told", who));
            return RateLimitDecision.Admit;
        }
    }

    private RateLimitDecision Refuse(string who, TimeSpan wait, string reason)
    {
        var now = time.GetUtcNow();
        if (_state.TryGetValue(("told", who), out DateTimeOffset until) && until > now)
        {
            return RateLimitDecision.Silent;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        _state.SetUntil(("told", who), now + wait, now + wait);
        return new RateLimitDecision(false, $"{reason}; please try again in {seconds} s.");
    }

    public void Dispose() => _state.Dispose();

    /// <summary>A channel's requests in the current minute, which began with its first request.</summary>
    private sealed class Budget(DateTimeOffset until)
    {
        public DateTimeOffset Until { get; } = until;

        public int Used { get; set; }
    }
}
