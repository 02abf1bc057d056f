using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>
/// Ranks chunks by the words of a question. The shipped one is the store's full-text index; <c>eval</c> puts a
/// Lucene BM25 baseline in its place so both are judged through the same fusion and answerer.
/// </summary>
public interface IKeywordSearch
{
    /// <returns>Best first, at most <paramref name="limit"/>.</returns>
    Task<IReadOnlyList<KeywordHit>> SearchAsync(QueryAnalysis query, int limit, CancellationToken cancellationToken);
}
