namespace SportsBot.Core.Knowledge;

/// <summary>Durable home of articles, their chunks, the full-text index and the vectors.</summary>
public interface IKnowledgeStore
{
    Task<Article?> GetAsync(ArticleId id, CancellationToken cancellationToken);

    Task<Article?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken);

    Task<Article?> FindByUrlAsync(string url, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the article with its chunks, full-text rows, chunk vectors and sentence vectors in one transaction,
    /// replacing any article with the same id.
    /// </summary>
    /// <returns>The ids given to the chunks, in order.</returns>
    /// <exception cref="ArticleConflictException">Another article already has the same text.</exception>
    Task<IReadOnlyList<ChunkId>> SaveAsync(Article article, IReadOnlyList<EmbeddedChunk> chunks, IReadOnlyList<EmbeddedSentence> sentences, CancellationToken cancellationToken);

    /// <summary>Writes a new article like <see cref="SaveAsync"/>, but never over another: its id must be free and its text new.</summary>
    /// <exception cref="ArticleConflictException">The id is taken, or another article has the same text (a concurrent writer won).</exception>
    Task<IReadOnlyList<ChunkId>> AddAsync(Article article, IReadOnlyList<EmbeddedChunk> chunks, IReadOnlyList<EmbeddedSentence> sentences, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(ArticleId id, CancellationToken cancellationToken);

    /// <summary>Records a new hash of the article's source file when only its bytes, not its text, changed.</summary>
    Task SetOriginHashAsync(ArticleId id, string? originHash, CancellationToken cancellationToken);

    /// <summary>Newest first (by published date, undated last).</summary>
    Task<IReadOnlyList<Article>> ListAsync(int skip, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<Article>> ListByOriginPrefixAsync(string originPrefix, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredChunk>> GetChunksAsync(IReadOnlyCollection<ChunkId> ids, CancellationToken cancellationToken);

    /// <summary>All vectors made by <paramref name="model"/>; vectors of other models are ignored until re-embedded.</summary>
    Task<IReadOnlyList<StoredVector>> LoadVectorsAsync(string model, CancellationToken cancellationToken);

    /// <summary>How many chunks have no vector made by <paramref name="model"/>.</summary>
    Task<int> CountChunksNotEmbeddedByAsync(string model, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> chunks whose vector was made by another model, lowest ids first.</summary>
    Task<IReadOnlyList<StoredChunk>> GetChunksNotEmbeddedByAsync(string model, int take, CancellationToken cancellationToken);

    /// <summary>Replaces the vectors of the given chunks and records <paramref name="model"/> as their maker, in one transaction.</summary>
    Task UpdateVectorsAsync(IReadOnlyList<StoredVector> vectors, string model, CancellationToken cancellationToken);

    /// <summary>The article's chunks with the vectors <paramref name="model"/> made of them.</summary>
    Task<IReadOnlyList<StoredChunkVector>> GetChunkVectorsAsync(ArticleId id, string model, CancellationToken cancellationToken);

    /// <summary>Stored vectors of any of these sentences made by <paramref name="model"/>, by sentence text; sentences without one are left out.</summary>
    Task<IReadOnlyDictionary<string, float[]>> FindSentenceVectorsAsync(IReadOnlyCollection<string> sentences, string model, CancellationToken cancellationToken);

    /// <summary>How many articles have no sentence vectors made by <paramref name="model"/> (stored before sentences were, or by another model).</summary>
    Task<int> CountArticlesWithoutSentenceVectorsAsync(string model, CancellationToken cancellationToken);

    /// <summary>The chunks of up to <paramref name="articles"/> articles that have no sentence vectors made by <paramref name="model"/>.</summary>
    Task<IReadOnlyList<StoredChunk>> GetChunksOfArticlesWithoutSentenceVectorsAsync(string model, int articles, CancellationToken cancellationToken);

    /// <summary>Replaces the article's sentence vectors of <paramref name="model"/>, in one transaction.</summary>
    Task SaveSentenceVectorsAsync(ArticleId id, IReadOnlyList<EmbeddedSentence> sentences, string model, CancellationToken cancellationToken);
}
