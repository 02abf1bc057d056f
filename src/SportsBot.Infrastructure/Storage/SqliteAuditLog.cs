using SportsBot.Core.Chat;

namespace SportsBot.Infrastructure.Storage;

/// <summary>The audit log of chat changes, in the same SQLite file as the knowledge base.</summary>
public sealed class SqliteAuditLog : IAuditLog
{
    private readonly SqliteDatabase _db;

    public SqliteAuditLog(SqliteDatabase db)
    {
        _db = db;
        _db.EnsureSchema(c => c.CreateTable<AuditRow>());
    }

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _db.Use(c => c.Insert(new AuditRow
        {
            AtUnixMs = entry.At.ToUnixTimeMilliseconds(),
            ChannelKey = entry.Channel.ToString(),
            Platform = entry.Channel.Platform,
            Channel = entry.Channel.Channel.Value,
            UserId = entry.UserId.Value,
            UserName = entry.UserName,
            Action = entry.Action,
            Detail = entry.Detail,
        }));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAsync(ChannelKey channel, int take, CancellationToken cancellationToken)
    {
        var rows = _db.Use(c => c.Query<AuditRow>("SELECT * FROM audit_log WHERE ChannelKey = ? ORDER BY Id DESC LIMIT ?", channel.ToString(), take));
        return Task.FromResult<IReadOnlyList<AuditEntry>>(rows
            .Select(r => new AuditEntry(DateTimeOffset.FromUnixTimeMilliseconds(r.AtUnixMs), channel, new UserId(r.UserId), r.UserName, r.Action, r.Detail))
            .ToList());
    }
}
