namespace SportsBot.Core.Chat;

/// <summary>Durable per-channel settings.</summary>
public interface IChannelSettingsStore
{
    /// <returns>Null for a channel whose settings were never changed.</returns>
    Task<ChannelSettings?> GetAsync(ChannelKey key, CancellationToken cancellationToken);

    Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken);
}
