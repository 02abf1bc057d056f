using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SportsBot.Core.Chat;

/// <summary>
/// Rate limits for members: one question (or search) per cooldown per user in a channel, and a budget of
/// requests per channel for all members together. Moderators and admins are not limited. A limited user is told once when to try again and
/// then ignored until that time has passed, so the bot never floods a channel with "slow down" messages.
/// </summary>
public sealed class ChatRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _channels;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _toldUntil = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastAdmitted = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;

    public ChatRateLimiter(IOptions<ChatOptions> options, TimeProvider time)
    {
        _time = time;
        var perMinute = options.Value.ChannelRequestsPerMinute;
        _channels = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = perMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

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
        if (costly && settings.CooldownSeconds > 0 && CooldownLeft(who, TimeSpan.FromSeconds(settings.CooldownSeconds)) is { } left)
        {
            return Refuse(who, left, "You are asking faster than this channel allows");
        }

        using var channelLease = _channels.AttemptAcquire(channel.ToString());
        if (!channelLease.IsAcquired)
        {
            var wait = channelLease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
            return Refuse(who, wait, "This channel has asked me a lot in the last minute");
        }

        _toldUntil.TryRemove(who, out _);
        return RateLimitDecision.Admit;
    }

    /// <summary>
    /// The time left of the user's cooldown, or null (and the cooldown restarted) when they may ask now. The
    /// cooldown is measured from their last admitted question, so a changed setting applies at once and the
    /// notice names the seconds actually left.
    /// </summary>
    private TimeSpan? CooldownLeft(string who, TimeSpan cooldown)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (_lastAdmitted.TryGetValue(who, out var last) && last + cooldown > now)
            {
                return last + cooldown - now;
            }

            if (_lastAdmitted.Count > 10_000)
            {
                // No cooldown is longer than an hour: older entries can no longer hold anyone back.
                foreach (var expired in _lastAdmitted.Where(t => t.Value < now - TimeSpan.FromHours(1)).Select(t => t.Key).ToList())
                {
                    _lastAdmitted.Remove(expired);
                }
            }

            _lastAdmitted[who] = now;
            return null;
        }
    }

    private RateLimitDecision Refuse(string who, TimeSpan wait, string reason)
    {
        var now = _time.GetUtcNow();
        if (_toldUntil.TryGetValue(who, out var until) && until > now)
        {
            return RateLimitDecision.Silent;
        }

        if (_toldUntil.Count > 10_000)
        {
            // Users who were told and never came back; their notices have long expired.
            foreach (var expired in _toldUntil.Where(t => t.Value <= now).Select(t => t.Key).ToList())
            {
                _toldUntil.TryRemove(expired, out _);
            }
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        _toldUntil[who] = now + wait;
        return new RateLimitDecision(false, $"{reason}; please try again in {seconds} s.");
    }

    public void Dispose() => _channels.Dispose();
}
