using Microsoft.Extensions.Caching.Memory;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Answering;

/// <summary>
/// The vectors of sentences the answerer scores: made at ingest and stored with each article, so an answer only
/// looks them up; a sentence the store has no vector for (text from elsewhere) is embedded. Questions in a chat
/// keep landing on the same few articles, so the vectors are also remembered here. The cache is bounded (least
/// recently used vectors go first, in the background); a call always returns the vectors it found or computed,
/// whatever the cache evicts meanwhile, also while other questions are answered at the same time.
/// </summary>
public sealed class SentenceVectorCache : IDisposable
{
    /// <summary>About 30 MB of 384-dimension vectors.</summary>
    public const int DefaultCapacity = 20_000;

    private readonly IEmbedder _embedder;
    private readonly IKnowledgeStore _store;
    private readonly MemoryCache _vectors;

    public SentenceVectorCache(IEmbedder embedder, IKnowledgeStore store)
        : this(embedder, store, DefaultCapacity)
    {
    }

    internal SentenceVectorCache(IEmbedder embedder, IKnowledgeStore store, int capacity)
    {
        _embedder = embedder;
        _store = store;
        // Its own cache: the size limit counts sentences, and a shared IMemoryCache would count other entries too.
        _vectors = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });
    }

    /// <summary>Forgets every vector; <c>eval</c> does so before each question so every retriever is timed cold.</summary>
    public void Clear() => _vectors.Clear();

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        // This call's own vectors: what it returns never depends on what stays in the cache.
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (!found.ContainsKey(sentence) && _vectors.TryGetValue(sentence, out float[]? cached) && cached is not null)
            {
                found[sentence] = cached;
            }
        }

        var missing = sentences.Where(s => !found.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            foreach (var (sentence, vector) in await _store.FindSentenceVectorsAsync(missing, _embedder.ModelName, cancellationToken))
            {
                Remember(found, sentence, vector);
            }

            // Similar lengths in one batch waste less work on padding.
            var ordered = missing.Where(s => !found.ContainsKey(s)).OrderBy(s => s.Length).ToList();
            if (ordered.Count > 0)
            {
                var vectors = await _embedder.EmbedAsync(ordered, cancellationToken);
                for (var i = 0; i < ordered.Count; i++)
                {
                    Remember(found, ordered[i], vectors[i]);
                }
            }
        }

        return [.. sentences.Select(s => found[s])];
    }

    public void Dispose() => _vectors.Dispose();

    private void Remember(Dictionary<string, float[]> found, string sentence, float[] vector)
    {
        found[sentence] = vector;
        _vectors.Set(sentence, vector, new MemoryCacheEntryOptions { Size = 1 });
    }
}
