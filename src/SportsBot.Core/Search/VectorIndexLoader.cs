using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>Fills the in-memory <see cref="VectorIndex"/> from the store once, on first use.</summary>
public sealed class VectorIndexLoader(IKnowledgeStore store, IEmbedder embedder, VectorIndex index) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _loaded;

    public async Task<VectorIndex> EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return index;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_loaded)
            {
                index.Clear();
                foreach (var row in await store.LoadVectorsAsync(embedder.ModelName, cancellationToken))
                {
                    index.Add(row.ChunkId, row.ArticleId, row.Vector);
                }

                _loaded = true;
            }
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
}
