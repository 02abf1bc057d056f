using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>A nearest-neighbour match; <see cref="Similarity"/> is the cosine of unit vectors.</summary>
public readonly record struct VectorHit(ChunkId ChunkId, ArticleId ArticleId, float Similarity);
