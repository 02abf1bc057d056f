namespace SportsBot.Infrastructure.Storage;

/// <summary>One entry of the chunk removal log that derived indexes (the vector file) replay.</summary>
internal sealed class RemovalRow
{
    public long Seq { get; set; }

    public long ChunkId { get; set; }
}
