namespace SportsBot.Core.Feeds;

/// <summary>Subscribed feeds and the items already taken from each, so a feed polled twice adds each item once.</summary>
public interface IFeedStore
{
    Task<Feed> AddAsync(string url, string addedBy, DateTimeOffset addedAt, CancellationToken cancellationToken);

    Task<Feed?> GetAsync(FeedId id, CancellationToken cancellationToken);

    Task<Feed?> FindByUrlAsync(string url, CancellationToken cancellationToken);

    Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken);

    Task<bool> RemoveAsync(FeedId id, CancellationToken cancellationToken);

    Task UpdateAsync(Feed feed, CancellationToken cancellationToken);

    Task<bool> IsItemSeenAsync(FeedId feed, string link, CancellationToken cancellationToken);

    Task MarkItemSeenAsync(FeedId feed, string link, string? articleId, DateTimeOffset at, CancellationToken cancellationToken);
}
