namespace SportsBot.Core.Knowledge;

/// <summary>A passage of an article: the unit of retrieval and citation.</summary>
public sealed record Chunk(ArticleId ArticleId, int Ordinal, string Text);
