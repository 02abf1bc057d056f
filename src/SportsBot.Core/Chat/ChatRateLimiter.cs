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
    private readonly PartitionedRateLimiter<string> _users;
    private readonly PartitionedRateLimiter<string> _channels;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _toldUntil = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public ChatRateLimiter(IOptions<ChatOptions> options, TimeProvider time)
    {
        _time = time;
        var perMinute = options.Value.ChannelRequestsPerMinute;
        // The cooldown is part of the user key, so a changed setting starts a fresh bucket with the new period.
        _users = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, k => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(int.Parse(k[(k.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
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
    public RateLimitDecision Check(IncomingMessage message, ChannelSettings settings, ChatRole role, bool costly)
    {
        if (role >= ChatRole.Moderator)
        {
            return RateLimitDecision.Admit;
        }

        var who = $"{message.Key}|{message.User.Id.Value}";
        if (costly && settings.CooldownSeconds > 0)
        {
            using var userLease = _users.AttemptAcquire($"{who}|{settings.CooldownSeconds}");
            if (!userLease.IsAcquired)
            {
                return Refuse(who, userLease, "You are asking faster than this channel allows");
            }
        }

        using var channelLease = _channels.AttemptAcquire(message.Key.ToString());
        if (!channelLease.IsAcquired)
        {
            return Refuse(who, channelLease, "This channel has asked me a lot in the last minute");
        }

        _toldUntil.TryRemove(who, out _);
        return RateLimitDecision.Admit;
    }

    private RateLimitDecision Refuse(string who, RateLimitLease lease, string reason)
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

        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(10);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        _toldUntil[who] = now + TimeSpan.FromSeconds(seconds);
        return new RateLimitDecision(false, $"{reason}; please try again in {seconds} s.");
    }

    public void Dispose()
    {
        _users.Dispose();
        _channels.Dispose();
    }
}
