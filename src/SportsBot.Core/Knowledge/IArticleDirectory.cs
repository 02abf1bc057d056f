namespace SportsBot.Core.Knowledge;

/// <summary>
/// How moderators find and refer to articles: short numbers (#42) for every stored article, titles as they
/// type, and how many passages an article was split into. Kept in the knowledge base's own store.
/// </summary>
public interface IArticleDirectory
{
    /// <summary>The numbers of these articles; an article without one (just added, or added by another process) is numbered now.</summary>
    Task<IReadOnlyDictionary<ArticleId, ArticleNumber>> NumbersAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken cancellationToken);

    /// <summary>The article a number was given to; null when no article ever had it.</summary>
    Task<ArticleId?> FindAsync(ArticleNumber number, CancellationToken cancellationToken);

    /// <summary>Articles whose title contains every word typed, newest first (undated last); with nothing typed, the newest.</summary>
    Task<IReadOnlyList<ArticleTitleMatch>> FindByTitleAsync(string typed, int take, CancellationToken cancellationToken);

    Task<int> CountPassagesAsync(ArticleId id, CancellationToken cancellationToken);
}
