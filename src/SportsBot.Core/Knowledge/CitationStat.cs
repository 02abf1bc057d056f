namespace SportsBot.Core.Knowledge;

/// <summary>How often, and how recently, answers have cited an article.</summary>
public sealed record CitationStat(ArticleId ArticleId, int TimesCited, DateTimeOffset LastCitedAt);
