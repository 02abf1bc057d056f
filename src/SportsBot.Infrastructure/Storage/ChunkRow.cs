using SQLite;

namespace SportsBot.Infrastructure.Storage;

[Table("chunks")]
internal sealed class ChunkRow
{
    [PrimaryKey, AutoIncrement]
    public long Id { get; set; }

    [Indexed]
    public string ArticleId { get; set; } = string.Empty;

    public int Ordinal { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>Little-endian float32 values of a unit vector.</summary>
    public byte[] Vector { get; set; } = [];

    /// <summary>The embedding model that made <see cref="Vector"/>; vectors of another model are never compared with it.</summary>
    [Indexed]
    public string Model { get; set; } = string.Empty;
}
