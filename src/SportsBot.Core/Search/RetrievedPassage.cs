using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>One article's best evidence for a question.</summary>
/// <param name="Chunks">The article's matching chunks, best first.</param>
/// <param name="Score">Fused rank score after the recency lift; only meaningful relative to other passages of the same search.</param>
/// <param name="Similarity">Cosine between the question and the best chunk (0-1).</param>
/// <param name="Coverage">Share of the question's content words (or their aliases) found in the article's best chunks.</param>
/// <param name="SupersededBy">A newer article about the same matter, when there is one.</param>
public sealed record RetrievedPassage(
    Article Article,
    IReadOnlyList<StoredChunk> Chunks,
    double Score,
    float Similarity,
    double Coverage,
    ArticleId? SupersededBy);
