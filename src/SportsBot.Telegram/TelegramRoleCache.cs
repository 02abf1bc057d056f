using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Chat;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace SportsBot.Telegram;

/// <summary>
/// A user's role in a group from getChatMember (creator or administrator = admin), remembered briefly so a busy
/// group does not cost one API call per message.
/// </summary>
public sealed class TelegramRoleCache(IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramRoleCache> logger)
{
    private readonly ConcurrentDictionary<(long Chat, long User), (PlatformRole Role, DateTimeOffset Until)> _roles = new();

    /// <param name="fresh">Ask Telegram even when a recent answer is cached: before acting on a group from a private chat.</param>
    public async Task<PlatformRole> GetAsync(ITelegramBotClient client, long chatId, long userId, CancellationToken cancellationToken, bool fresh = false)
    {
        var now = time.GetUtcNow();
        if (!fresh && _roles.TryGetValue((chatId, userId), out var cached) && cached.Until > now)
        {
            return cached.Role;
        }

        PlatformRole role;
        try
        {
            var member = await client.GetChatMember(chatId, userId, cancellationToken);
            role = member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator ? PlatformRole.Admin : PlatformRole.Member;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Without an answer nobody gets more rights than a member; the next message asks again.
            logger.LogWarning(ex, "getChatMember failed for user {UserId} in chat {ChatId}; treating them as a member", userId, chatId);
            return PlatformRole.Member;
        }

        if (_roles.Count > 10_000)
        {
            _roles.Clear();
        }

        _roles[(chatId, userId)] = (role, now + TimeSpan.FromSeconds(options.Value.RoleCacheSeconds));
        return role;
    }
}
