using SportsBot.Core.Answering.Evidence;
using System.Numerics.Tensors;
using SportsBot.Core.Knowledge;

namespace SportsBot.Evaluation;

/// <summary>
/// Grows a store to a given number of articles with generated text and random unit vectors, written straight
/// through <see cref="IKnowledgeStore"/> without the model: at 800,000 chunks the model would need hours, and
/// search latency does not depend on where the vectors came from.
/// </summary>
public sealed class SyntheticFiller(IKnowledgeStore store, Chunker chunker, IEmbedder embedder, TimeProvider time)
{
    public const string IdPrefix = "synthetic-";

    /// <summary>Articles between progress reports: a report per article would cost more than writing it.</summary>
    private const int ProgressEvery = 100;

    /// <returns>Articles added.</returns>
    public async Task<int> FillToAsync(int articles, int seed, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var start = await store.CountAsync(cancellationToken);
        var corpus = new SyntheticCorpus(seed);
        var random = new Random(seed);
        var dimensions = embedder.Dimensions > 0 ? embedder.Dimensions : 384;
        for (var i = start; i < articles; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if ((i - start) % ProgressEvery == 0)
            {
                progress?.Report(new IngestProgress(i - start, articles - start, $"{IdPrefix}{i}"));
            }

            var (title, published, source, body) = corpus.Next();
            var article = new Article(
                new ArticleId($"{IdPrefix}{i}"), title, null, source, published, time.GetUtcNow(), "bench", "en", body,
                TextNormalizer.ContentHash(body), "bench:synthetic", null);
            var chunks = chunker.Split(article.Id, body)
                .Select(c => new EmbeddedChunk(c, RandomUnitVector(random, dimensions), embedder.ModelName))
                .ToList();
            var sentences = ArticleSentences.Quotable(body)
                .Select(s => new EmbeddedSentence(s, RandomUnitVector(random, dimensions), embedder.ModelName))
                .ToList();
            await store.SaveAsync(article, chunks, sentences, cancellationToken);
        }

        return Math.Max(0, articles - start);
    }

    private static float[] RandomUnitVector(Random random, int dimensions)
    {
        var v = new float[dimensions];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = (random.NextSingle() * 2) - 1;
        }

        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }
}
