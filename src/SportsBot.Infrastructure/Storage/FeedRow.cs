using SQLite;

namespace SportsBot.Infrastructure.Storage;

[Table("feeds")]
internal sealed class FeedRow
{
    [PrimaryKey, AutoIncrement]
    public long Id { get; set; }

    [Unique]
    public string Url { get; set; } = string.Empty;

    public string AddedBy { get; set; } = string.Empty;

    public long AddedAtUnixMs { get; set; }

    public string? ETag { get; set; }

    public long? LastModifiedUnixMs { get; set; }

    public long? LastPolledAtUnixMs { get; set; }

    public string? LastError { get; set; }

    public int ConsecutiveFailures { get; set; }

    public int ItemsAdded { get; set; }
}
