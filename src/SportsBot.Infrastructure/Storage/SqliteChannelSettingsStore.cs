using SportsBot.Core.Chat;

namespace SportsBot.Infrastructure.Storage;

/// <summary>Channel settings in the same SQLite file as the knowledge base.</summary>
public sealed class SqliteChannelSettingsStore : IChannelSettingsStore
{
    private readonly SqliteDatabase _db;

    public SqliteChannelSettingsStore(SqliteDatabase db)
    {
        _db = db;
        _db.EnsureSchema(c => c.CreateTable<ChannelSettingsRow>());
    }

    public Task<ChannelSettings?> GetAsync(ChannelKey key, CancellationToken cancellationToken)
    {
        var row = _db.Use(c => c.Find<ChannelSettingsRow>(key.ToString()));
        return Task.FromResult(row is null ? null : ToSettings(key, row));
    }

    public Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _db.Use(c => c.InsertOrReplace(new ChannelSettingsRow
        {
            Key = settings.Key.ToString(),
            Platform = settings.Key.Platform,
            Channel = settings.Key.Channel.Value,
            Enabled = settings.Enabled,
            Mode = ChannelModeText.Format(settings.Mode),
            CooldownSeconds = settings.CooldownSeconds,
            MaxAnswerLength = settings.MaxAnswerLength,
            ModeratorRole = settings.ModeratorRole,
            ModeratorUsers = string.Join(',', settings.ModeratorUsers),
            Language = settings.Language,
        }));
        return Task.CompletedTask;
    }

    private static ChannelSettings ToSettings(ChannelKey key, ChannelSettingsRow row) => new(
        key,
        row.Enabled,
        ChannelModeText.TryParse(row.Mode, out var mode) ? mode : ChannelMode.Mentions,
        row.CooldownSeconds,
        row.MaxAnswerLength,
        row.ModeratorRole,
        row.ModeratorUsers.Split(',', StringSplitOptions.RemoveEmptyEntries),
        row.Language);
}
