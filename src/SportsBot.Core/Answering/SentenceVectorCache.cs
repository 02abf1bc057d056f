using System.Collections.Concurrent;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Answering;

/// <summary>
/// The vectors of sentences the answerer scores: made at ingest and stored with each article, so an answer only
/// looks them up; a sentence the store has no vector for (text from elsewhere) is embedded. Questions in a chat
/// keep landing on the same few articles, so the vectors are also remembered here.
/// </summary>
public sealed class SentenceVectorCache(IEmbedder embedder, IKnowledgeStore store)
{
    /// <summary>About 30 MB of 384-dimension vectors; past it the cache starts over rather than tracking recency.</summary>
    private const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    /// <summary>Forgets every vector; <c>eval</c> does so before each question so every retriever is timed cold.</summary>
    public void Clear() => _vectors.Clear();

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        var missing = sentences.Where(s => !_vectors.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var stored = await store.FindSentenceVectorsAsync(missing, embedder.ModelName, cancellationToken);
            // Similar lengths in one batch waste less work on padding.
            var ordered = missing.Where(s => !stored.ContainsKey(s)).OrderBy(s => s.Length).ToList();
            var vectors = ordered.Count == 0 ? [] : await embedder.EmbedAsync(ordered, cancellationToken);
            if (_vectors.Count + missing.Count > Capacity)
            {
                _vectors.Clear();
            }

            foreach (var (sentence, vector) in stored)
            {
                _vectors[sentence] = vector;
            }

            for (var i = 0; i < ordered.Count; i++)
            {
                _vectors[ordered[i]] = vectors[i];
            }
        }

        return [.. sentences.Select(s => _vectors.TryGetValue(s, out var v) ? v : throw new InvalidOperationException("Sentence vector evicted mid-call."))];
    }
}
