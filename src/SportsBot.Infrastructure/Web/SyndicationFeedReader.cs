using System.ServiceModel.Syndication;
using System.Xml;
using SportsBot.Core.Feeds;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Web;

/// <summary>RSS 2.0 and Atom 1.0 through System.ServiceModel.Syndication, fetched with the guarded fetcher.</summary>
public sealed class SyndicationFeedReader(GuardedFetcher fetcher) : IFeedReader
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml"];

    public async Task<FeedReadResult> ReadAsync(string url, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(url, FeedTypes, etag, lastModified, cancellationToken);
        if (fetched.NotModified)
        {
            return new FeedReadResult(true, null, [], etag, lastModified);
        }

        SyndicationFeed feed;
        try
        {
            // No DTDs: a feed is untrusted XML, and entity expansion is how XML attacks a parser.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 20_000_000 };
            using var xml = XmlReader.Create(new StringReader(fetched.Text), settings);
            feed = SyndicationFeed.Load(xml);
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException)
        {
            throw new InvalidArticleException($"{url}: not an RSS or Atom feed ({ex.Message.Split('\n')[0]}).");
        }

        var items = feed.Items
            .Select(item => ToItem(item, fetched.FinalUri))
            .Where(i => i is not null)
            .Select(i => i!)
            .ToList();
        return new FeedReadResult(false, feed.Title?.Text, items, fetched.ETag, fetched.LastModified);
    }

    private static FeedItem? ToItem(SyndicationItem item, Uri feedUri)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        if (link is null)
        {
            return null;
        }

        var absolute = link.IsAbsoluteUri ? link : new Uri(feedUri, link);
        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return new FeedItem(
            LinkCredentials.Strip(absolute.ToString()),
            item.Title?.Text,
            date == default ? null : DateOnly.FromDateTime(date.UtcDateTime),
            item.Summary?.Text);
    }
}
