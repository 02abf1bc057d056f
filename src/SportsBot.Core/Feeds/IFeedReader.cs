namespace SportsBot.Core.Feeds;

/// <summary>Reads an RSS or Atom feed. A link that is not a reachable feed throws <see cref="Knowledge.InvalidArticleException"/>.</summary>
public interface IFeedReader
{
    Task<FeedReadResult> ReadAsync(string url, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken);
}
