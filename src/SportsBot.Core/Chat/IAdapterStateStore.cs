namespace SportsBot.Core.Chat;

/// <summary>
/// Small durable values a platform adapter must keep across restarts (the Telegram update offset, a gateway
/// session), so a restart neither loses nor repeats work.
/// </summary>
public interface IAdapterStateStore
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
