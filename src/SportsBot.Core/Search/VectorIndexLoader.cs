using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>
/// Fills the in-memory <see cref="VectorIndex"/> from the store on first use, and keeps it in step with writes
/// made by another process (a moderator running <c>sportsbot ingest</c> next to the running bot): new chunks
/// are added as they appear; when chunks were removed or replaced elsewhere the index is reloaded.
/// </summary>
public sealed class VectorIndexLoader(IKnowledgeStore store, IEmbedder embedder, VectorIndex index) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _loaded;
    private long _stamp;

    public async Task<VectorIndex> EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        var stamp = await store.GetExternalChangeStampAsync(cancellationToken);
        if (_loaded && stamp == Interlocked.Read(ref _stamp))
        {
            return index;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_loaded)
            {
                await ReloadAsync(cancellationToken);
            }
            else if (stamp != Interlocked.Read(ref _stamp))
            {
                await CatchUpAsync(cancellationToken);
            }

            Interlocked.Exchange(ref _stamp, stamp);
            _loaded = true;
        }
        finally
        {
            _gate.Release();
        }

        return index;
    }

    /// <summary>Makes the next use reload from the store, e.g. after every vector was re-embedded with a new model.</summary>
    public void Invalidate() => _loaded = false;

    public void Dispose() => _gate.Dispose();

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        index.Clear();
        foreach (var row in await store.LoadVectorsAsync(embedder.ModelName, cancellationToken))
        {
            index.Add(row.ChunkId, row.ArticleId, row.Vector);
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await store.LoadVectorsAfterAsync(embedder.ModelName, index.MaxChunkId, cancellationToken))
        {
            index.Add(row.ChunkId, row.ArticleId, row.Vector);
        }

        // An article updated or removed elsewhere left vectors here that the store no longer has.
        if (index.Count != await store.CountChunksEmbeddedByAsync(embedder.ModelName, cancellationToken))
        {
            await ReloadAsync(cancellationToken);
        }
    }
}
