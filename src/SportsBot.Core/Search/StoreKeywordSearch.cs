using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>The store's full-text index, queried with the question's content words and their aliases.</summary>
public sealed class StoreKeywordSearch(IKnowledgeStore store) : IKeywordSearch
{
    public async Task<IReadOnlyList<KeywordHit>> SearchAsync(QueryAnalysis query, int limit, CancellationToken cancellationToken)
    {
        var fts = FtsQueryBuilder.Build(query);
        return fts is null ? [] : await store.SearchKeywordsAsync(fts, limit, cancellationToken);
    }
}
