using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>
/// Nearest-neighbour search over the stored chunk vectors of the current embedding model. The store stays the
/// record; an index is derived from it and kept in step with it, including writes by another process (a shell's
/// <c>sportsbot ingest</c> next to the running bot).
/// </summary>
public interface IVectorIndex
{
    /// <summary>Live vectors.</summary>
    int Count { get; }

    /// <summary>Brings the index in step with the store: new chunks added, removed ones dropped, rebuilt for a new model.</summary>
    Task EnsureCurrentAsync(CancellationToken cancellationToken);

    /// <summary>Call after this process wrote or removed chunks: its own writes do not look like another process's.</summary>
    Task StoreChangedAsync(CancellationToken cancellationToken);

    /// <summary>Makes the next use rebuild from the store, e.g. after every vector was re-embedded with a new model.</summary>
    void Invalidate();

    /// <returns>The <paramref name="k"/> most similar chunks, best first.</returns>
    IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k);

    /// <summary>The vector of a chunk as the index holds it, or null if it holds none.</summary>
    float[]? GetVector(ChunkId id);

    /// <summary>
    /// The nearest stored vector to each query, in one pass over the index: checking a new article's passages one
    /// search at a time would read every stored vector once per passage.
    /// </summary>
    IReadOnlyList<VectorHit?> NearestToEach(IReadOnlyList<float[]> queries);
}
