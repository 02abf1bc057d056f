namespace SportsBot.Core.Chat;

/// <summary>Append-only record of changes made from chat.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <returns>Newest first.</returns>
    Task<IReadOnlyList<AuditEntry>> RecentAsync(ChannelKey channel, int take, CancellationToken cancellationToken);
}
