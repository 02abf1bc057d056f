using Microsoft.Extensions.Logging;
using SportsBot.Core.Search;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Re-embeds stored chunks whose vectors another model made, e.g. after <c>Embeddings:Provider</c> changed.
/// Vectors of different models are never compared, so until this has run those chunks are found by keywords only.
/// Runs at start; on an unchanged model it is one count query.
/// </summary>
public sealed class EmbeddingRefresher(IKnowledgeStore store, IEmbedder embedder, IVectorIndex index, ILogger<EmbeddingRefresher> logger)
{
    private const int BatchSize = 32;

    /// <returns>The number of chunks re-embedded.</returns>
    public async Task<int> RefreshAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var model = embedder.ModelName;
        var total = await store.CountChunksNotEmbeddedByAsync(model, cancellationToken);
        if (total == 0)
        {
            return 0;
        }

        logger.LogInformation("Embedding model is now {Model}: re-embedding {ChunkCount} stored chunks made by another model", model, total);
        var done = 0;
        while (done < total)
        {
            var batch = await store.GetChunksNotEmbeddedByAsync(model, BatchSize, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            progress?.Report(new IngestProgress(done, total, $"re-embedding with {model}"));
            var vectors = await embedder.EmbedAsync([.. batch.Select(c => IngestPipeline.EmbeddingText(c.Article, c.Chunk))], cancellationToken);
            await store.UpdateVectorsAsync([.. batch.Select((c, i) => new StoredVector(c.Id, c.Article.Id, vectors[i]))], model, cancellationToken);
            done += batch.Count;
            logger.LogInformation("Re-embedded {Done}/{Total} chunks with {Model}", done, total, model);
        }

        index.Invalidate();
        return done;
    }
}
