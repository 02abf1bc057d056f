namespace SportsBot.Core.Knowledge;

/// <summary>
/// The store refused a write because another writer (usually another process) got there first: the id is taken,
/// another article already has the same text, or a new article's link is already stored. The store checks all
/// three inside its write transaction, and its schema makes ids and content hashes unique, so none can slip
/// through between the pipeline's checks and the write.
/// </summary>
/// <param name="existing">The stored article that holds the id, the text or the link.</param>
/// <param name="kind">What collides.</param>
public sealed class ArticleConflictException(Article existing, ArticleConflict kind)
    : Exception(kind switch
    {
        ArticleConflict.SameText => $"The same text is already stored as #{existing.Id}.",
        ArticleConflict.SameLink => $"The same link is already stored as #{existing.Id}.",
        _ => $"The id #{existing.Id} is already taken.",
    })
{
    public Article Existing { get; } = existing;

    public ArticleConflict Kind { get; } = kind;

    /// <summary>The stored article is this one, fetched or named again: nothing new to store.</summary>
    public bool SameArticle => Kind is ArticleConflict.SameText or ArticleConflict.SameLink;
}
