namespace SportsBot.Core.Knowledge;

/// <summary>
/// The store refused a write because another writer (usually another process) got there first: the id is taken, or
/// another article already has the same text. The store checks both inside its write transaction, and its schema
/// makes ids and content hashes unique, so neither can slip through between the pipeline's checks and the write.
/// </summary>
/// <param name="existing">The stored article that holds the id or the text.</param>
/// <param name="sameText">True when <paramref name="existing"/> has the same text; false when only its id is the same.</param>
public sealed class ArticleConflictException(Article existing, bool sameText)
    : Exception(sameText ? $"The same text is already stored as #{existing.Id}." : $"The id #{existing.Id} is already taken.")
{
    public Article Existing { get; } = existing;

    public bool SameText { get; } = sameText;
}
