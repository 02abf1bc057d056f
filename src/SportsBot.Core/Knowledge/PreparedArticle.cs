namespace SportsBot.Core.Knowledge;

/// <summary>
/// An article checked and cut up, waiting for the vectors it still needs: those of chunks and sentences whose text
/// the store already has vectors for (an edited article's unchanged passages) are reused, not embedded again.
/// </summary>
internal sealed class PreparedArticle(IngestRequest request, Article article, Article? existing, IReadOnlyList<Chunk> chunks, IReadOnlyList<string> chunkTexts, IReadOnlyList<string> sentences)
{
    public IngestRequest Request { get; } = request;

    public Article Article { get; } = article;

    public Article? Existing { get; } = existing;

    public IReadOnlyList<Chunk> Chunks { get; } = chunks;

    /// <summary>What each chunk is embedded as (<see cref="EnglishReadings"/>), in the order of <see cref="Chunks"/>.</summary>
    public IReadOnlyList<string> ChunkTexts { get; } = chunkTexts;

    public IReadOnlyList<string> Sentences { get; } = sentences;

    /// <summary>Vectors by embedding text (a chunk's as <see cref="ChunkTexts"/>, a sentence's its text), reused or new.</summary>
    public Dictionary<string, float[]> Vectors { get; } = new(StringComparer.Ordinal);

    public IEnumerable<string> Texts => ChunkTexts.Concat(Sentences);

    public IEnumerable<string> Missing => Texts.Where(t => !Vectors.ContainsKey(t));
}
