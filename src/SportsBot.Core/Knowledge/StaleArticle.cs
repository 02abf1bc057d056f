namespace SportsBot.Core.Knowledge;

/// <summary>An old article that answers still cite.</summary>
public sealed record StaleArticle(Article Article, CitationStat Citations, int AgeDays);
