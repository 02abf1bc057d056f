namespace SportsBot.Core.Knowledge;

/// <summary>What another writer already stored that a new article collides with.</summary>
public enum ArticleConflict
{
    /// <summary>Another article has the same text.</summary>
    SameText,

    /// <summary>Another article has the same link (two fetches of one page may differ slightly in text).</summary>
    SameLink,

    /// <summary>Only the id is taken; the article itself is new.</summary>
    SameId,
}
