using SportsBot.Core.Chat;

namespace SportsBot.Infrastructure.Storage;

/// <summary>Adapters' small durable values (the Telegram update offset) in the same SQLite file as everything else.</summary>
public sealed class SqliteAdapterStateStore : IAdapterStateStore
{
    private readonly SqliteDatabase _db;
    private readonly TimeProvider _time;

    public SqliteAdapterStateStore(SqliteDatabase db, TimeProvider time)
    {
        _db = db;
        _time = time;
        _db.EnsureSchema(c => c.CreateTable<AdapterStateRow>());
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.Find<AdapterStateRow>(key))?.Value);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _db.Use(c => c.InsertOrReplace(new AdapterStateRow { Key = key, Value = value, UpdatedAtUnixMs = _time.GetUtcNow().ToUnixTimeMilliseconds() }));
        return Task.CompletedTask;
    }
}
