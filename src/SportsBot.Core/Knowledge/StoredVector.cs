namespace SportsBot.Core.Knowledge;

/// <summary>One row of the vector table, as loaded into the in-memory index.</summary>
public sealed record StoredVector(ChunkId ChunkId, ArticleId ArticleId, float[] Vector);
