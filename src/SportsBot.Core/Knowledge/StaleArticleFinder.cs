namespace SportsBot.Core.Knowledge;

/// <summary>
/// Finds articles older than N days that answers cited in the last 30 days: the places where a fan may be told
/// something that has since changed, and where a moderator should look for newer coverage.
/// </summary>
public sealed class StaleArticleFinder(ICitationLog citations, IKnowledgeStore store, TimeProvider time)
{
    public const int RecentDays = 30;

    public async Task<IReadOnlyList<StaleArticle>> FindAsync(int olderThanDays, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var stale = new List<StaleArticle>();
        foreach (var stat in await citations.ListAsync(cancellationToken))
        {
            if (stat.LastCitedAt < now.AddDays(-RecentDays) || await store.GetAsync(stat.ArticleId, cancellationToken) is not { Published: { } published } article)
            {
                continue;
            }

            var age = today.DayNumber - published.DayNumber;
            if (age > olderThanDays)
            {
                stale.Add(new StaleArticle(article, stat, age));
            }
        }

        return [.. stale.OrderByDescending(s => s.Citations.TimesCited).ThenByDescending(s => s.AgeDays)];
    }
}
