namespace SportsBot.Core.Knowledge;

/// <summary>A full-text match; lower <see cref="Bm25"/> is better, as SQLite's bm25() reports it.</summary>
public sealed record KeywordHit(ChunkId ChunkId, ArticleId ArticleId, double Bm25);
