using Microsoft.Extensions.Logging;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Feeds;

/// <summary>
/// Subscribing to news feeds and pulling their new items through the same ingest pipeline as every other
/// article. One bad feed, or one bad item, is recorded and skipped; it never stops the others.
/// </summary>
public sealed class FeedService(
    IFeedStore feeds,
    IFeedReader reader,
    IArticleFetcher fetcher,
    KnowledgeWriter writer,
    TimeProvider time,
    ILogger<FeedService> logger)
{
    /// <summary>Items taken from a feed per poll: a feed that suddenly lists a thousand links must not stall the bot.</summary>
    public const int MaxItemsPerPoll = 50;

    /// <summary>Subscribes to a feed after reading it once, so a link that is not a feed is refused right away.</summary>
    public async Task<(Feed Feed, int ItemCount)> AddAsync(string url, string addedBy, CancellationToken cancellationToken)
    {
        // A feed's link is shown in /kb feed list and logged on every failed poll: never with a password in it.
        url = LinkCredentials.Strip(url);
        if (await feeds.FindByUrlAsync(url.Trim(), cancellationToken) is { } known)
        {
            throw new InvalidArticleException($"{url}: already subscribed as feed #{known.Id}.");
        }

        var read = await reader.ReadAsync(url.Trim(), null, null, cancellationToken);
        var feed = await feeds.AddAsync(url.Trim(), addedBy, time.GetUtcNow(), cancellationToken);
        return (feed, read.Items.Count);
    }

    public Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken) => feeds.ListAsync(cancellationToken);

    public Task<Feed?> GetAsync(FeedId id, CancellationToken cancellationToken) => feeds.GetAsync(id, cancellationToken);

    public Task<bool> RemoveAsync(FeedId id, CancellationToken cancellationToken) => feeds.RemoveAsync(id, cancellationToken);

    public async Task<IReadOnlyList<FeedPollReport>> PollAllAsync(CancellationToken cancellationToken)
    {
        var reports = new List<FeedPollReport>();
        foreach (var feed in await feeds.ListAsync(cancellationToken))
        {
            reports.Add(await PollAsync(feed, cancellationToken));
        }

        return reports;
    }

    public async Task<FeedPollReport> PollAsync(Feed feed, CancellationToken cancellationToken)
    {
        FeedReadResult read;
        try
        {
            read = await reader.ReadAsync(feed.Url, feed.ETag, feed.LastModified, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidArticleException or IOException)
        {
            logger.LogWarning("Feed {FeedId} ({FeedUrl}) failed: {Reason}", feed.Id, feed.Url, ex.Message);
            var failed = feed with { LastPolledAt = time.GetUtcNow(), LastError = ex.Message, ConsecutiveFailures = feed.ConsecutiveFailures + 1 };
            await feeds.UpdateAsync(failed, cancellationToken);
            return new FeedPollReport(failed, 0, 0, ex.Message);
        }

        var skipped = 0;
        var articles = new List<Article>();
        if (!read.NotModified)
        {
            foreach (var item in read.Items.Take(MaxItemsPerPoll))
            {
                if (await feeds.IsItemSeenAsync(feed.Id, item.Link, cancellationToken))
                {
                    skipped++;
                    continue;
                }

                if (await TryAddItemAsync(feed, item, cancellationToken) is { } article)
                {
                    articles.Add(article);
                }
                else
                {
                    skipped++;
                }
            }
        }

        var added = articles.Count;
        var polled = feed with
        {
            ETag = read.ETag ?? feed.ETag,
            LastModified = read.LastModified ?? feed.LastModified,
            LastPolledAt = time.GetUtcNow(),
            LastError = null,
            ConsecutiveFailures = 0,
            ItemsAdded = feed.ItemsAdded + added,
        };
        await feeds.UpdateAsync(polled, cancellationToken);
        return new FeedPollReport(polled, added, skipped, null) { Articles = articles, ItemsRead = read.NotModified ? 0 : read.Items.Count };
    }

    /// <returns>The article added or updated from the item; null when it was a duplicate, unchanged or refused.</returns>
    private async Task<Article?> TryAddItemAsync(Feed feed, FeedItem item, CancellationToken cancellationToken)
    {
        try
        {
            var draft = await fetcher.FetchAsync(item.Link, cancellationToken);
            // Feeds are reliable about dates; pages often are not. The page's own date still wins when it has one.
            draft = draft with { Published = draft.Published ?? item.Published };
            var result = await writer.IngestAsync(new IngestRequest(draft, $"feed #{feed.Id}", $"feed:{feed.Id}", UpdateWhenUrlKnown: true), cancellationToken);
            await feeds.MarkItemSeenAsync(feed.Id, item.Link, result.Article.Id.Value, time.GetUtcNow(), cancellationToken);
            return result.Status is IngestStatus.Added or IngestStatus.Updated ? result.Article : null;
        }
        catch (InvalidArticleException ex) when (ex.Retryable)
        {
            // Not marked as seen: the next poll tries this item again.
            logger.LogInformation("Feed {FeedId} item {Link} will be retried: {Reason}", feed.Id, item.Link, ex.Message);
            return null;
        }
        catch (InvalidArticleException ex)
        {
            // Refused for good (not an article, too big, private address): remember it so it is not fetched every poll.
            logger.LogInformation("Feed {FeedId} item {Link} skipped: {Reason}", feed.Id, item.Link, ex.Message);
            await feeds.MarkItemSeenAsync(feed.Id, item.Link, null, time.GetUtcNow(), cancellationToken);
            return null;
        }
    }
}
