using SportsBot.Core.Answering.Evidence;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Search;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Re-embeds stored chunks whose vectors another model made, e.g. after <c>Embeddings:Provider</c> changed, and
/// embeds the sentences of articles stored without sentence vectors of this model (stored before sentences were,
/// or by another model). Vectors of different models are never compared, so until this has run those chunks are
/// found by keywords only and those answers embed their sentences per question.
/// Runs at start; on an unchanged model it is two count queries.
/// </summary>
public sealed class EmbeddingRefresher(IKnowledgeStore store, IEmbedder embedder, IVectorIndex index, EnglishReadings readings, ILogger<EmbeddingRefresher> logger)
{
    private const int BatchSize = 32;
    private const int ArticlesPerBatch = 8;

    /// <returns>The number of chunks re-embedded.</returns>
    public async Task<int> RefreshAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var chunks = await RefreshChunksAsync(progress, cancellationToken);
        await BackfillSentencesAsync(progress, cancellationToken);
        return chunks;
    }

    private async Task<int> RefreshChunksAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
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
            var vectors = await embedder.EmbedAsync([.. batch.Select(c => readings.ForChunk(c.Article, c.Chunk))], cancellationToken);
            await store.UpdateVectorsAsync([.. batch.Select((c, i) => new StoredVector(c.Id, c.Article.Id, vectors[i]))], model, cancellationToken);
            done += batch.Count;
            logger.LogInformation("Re-embedded {Done}/{Total} chunks with {Model}", done, total, model);
        }

        index.Invalidate();
        return done;
    }

    private async Task BackfillSentencesAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var model = embedder.ModelName;
        var total = await store.CountArticlesWithoutSentenceVectorsAsync(model, cancellationToken);
        if (total == 0)
        {
            return;
        }

        logger.LogInformation("Embedding the sentences of {ArticleCount} stored articles with {Model}, so answers need not", total, model);
        for (var done = 0; done < total;)
        {
            var chunks = await store.GetChunksOfArticlesWithoutSentenceVectorsAsync(model, ArticlesPerBatch, cancellationToken);
            if (chunks.Count == 0)
            {
                break;
            }

            progress?.Report(new IngestProgress(done, total, $"embedding sentences with {model}"));
            var articles = chunks
                .GroupBy(c => c.Article.Id)
                .Select(g => (g.First().Article, Sentences: readings.ForSentences(g.First().Article)))
                .ToList();
            var texts = articles.SelectMany(a => a.Sentences).Distinct(StringComparer.Ordinal).OrderBy(t => t.Length).ToList();
            var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (var batch in texts.Chunk(BatchSize))
            {
                var embedded = await embedder.EmbedAsync(batch, cancellationToken);
                for (var i = 0; i < batch.Length; i++)
                {
                    vectors[batch[i]] = embedded[i];
                }
            }

            foreach (var (article, sentences) in articles)
            {
                await store.SaveSentenceVectorsAsync(article.Id, [.. sentences.Select(s => new EmbeddedSentence(s, vectors[s], model))], model, cancellationToken);
            }

            done += articles.Count;
        }
    }
}
