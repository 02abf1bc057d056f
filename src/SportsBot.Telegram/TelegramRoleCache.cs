using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core;
using SportsBot.Core.Chat;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace SportsBot.Telegram;

/// <summary>
/// A user's role in a group from getChatMember (creator or administrator = admin), remembered for
/// <see cref="TelegramOptions.RoleCacheSeconds"/> so a busy group does not cost one API call per message; at most
/// <see cref="MaxEntries"/> users are remembered at once.
/// </summary>
public sealed class TelegramRoleCache(IOptions<TelegramOptions> options, TelegramTokenRedactor redactor, TimeProvider time, ILogger<TelegramRoleCache> logger) : IDisposable
{
    public const int MaxEntries = 50_000;

    private readonly MemoryCache _roles = BoundedMemoryCache.Create(time, MaxEntries);

    /// <param name="fresh">Ask Telegram even when a recent answer is cached: before acting on a group from a private chat.</param>
    public async Task<PlatformRole> GetAsync(ITelegramBotClient client, long chatId, long userId, CancellationToken cancellationToken, bool fresh = false)
    {
        if (!fresh && _roles.TryGetValue((chatId, userId), out PlatformRole cached))
        {
            return cached;
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
            logger.LogWarning(redactor.Redact(ex), "getChatMember failed for user {UserId} in chat {ChatId}; treating them as a member", userId, chatId);
            return PlatformRole.Member;
        }

        _roles.SetUntil((chatId, userId), role, time.GetUtcNow() + TimeSpan.FromSeconds(options.Value.RoleCacheSeconds));
        return role;
    }

    public void Dispose() => _roles.Dispose();
}
