using SQLite;

namespace SportsBot.Infrastructure.Storage;

[Table("articles")]
internal sealed class ArticleRow
{
    [PrimaryKey]
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    [Indexed]
    public string? Url { get; set; }

    public string Source { get; set; } = string.Empty;

    /// <summary>ISO date (yyyy-MM-dd) or null; ISO text sorts correctly.</summary>
    [Indexed]
    public string? Published { get; set; }

    public long AddedAtUnixMs { get; set; }

    public string AddedBy { get; set; } = string.Empty;

    public string Language { get; set; } = "en";

    public string Body { get; set; } = string.Empty;

    /// <summary>Unique: an index created by the store (after removing copies from older databases), not by an attribute.</summary>
    public string ContentHash { get; set; } = string.Empty;

    [Indexed]
    public string Origin { get; set; } = string.Empty;

    public string? OriginHash { get; set; }
}
