using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Feeds;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Web;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Web;

public sealed class FeedTests : IAsyncLifetime
{
    private readonly LocalWebServer _web = new();
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(null, configure: s => s.AddSingleton<INetworkPolicy>(new LoopbackOnly()));
        _web.Map("/one", LocalWebServer.Html(ArticleFetchTests.Page("Fencing federation readmits neutral fencers", string.Empty)));
        _web.Map("/two", LocalWebServer.Html(ArticleFetchTests.Page("Hockey federation keeps teams suspended", string.Empty)
            .Replace("individual neutrals under strict conditions", "neutrals only in club events, while national teams stay suspended")));
        _web.Map("/pdf", new LocalWebServer.Response(200, "application/pdf", "%PDF"u8.ToArray()));
        _web.Map("/feed.xml", request => request.Headers["If-None-Match"] == "\"v1\""
            ? new LocalWebServer.Response(304, null, [])
            : new LocalWebServer.Response(200, "application/rss+xml", Encoding.UTF8.GetBytes(Rss("/one", "/two", "/pdf")), new() { ["ETag"] = "\"v1\"" }));
        _web.Map("/atom.xml", new LocalWebServer.Response(200, "application/atom+xml", Encoding.UTF8.GetBytes(Atom("/two"))));
        _web.Map("/gone.xml", new LocalWebServer.Response(404, "text/plain", "gone"u8.ToArray()));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _web.DisposeAsync();
    }

    private FeedService Feeds => _host.Get<FeedService>();

    private string Rss(params string[] paths) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Example sport politics</title><link>{_web.BaseUrl}</link><description>News</description>
        {string.Concat(paths.Select(p => $"<item><title>Item {p}</title><link>{_web.Url(p)}</link><pubDate>Fri, 10 Mar 2023 12:00:00 GMT</pubDate></item>"))}
        </channel></rss>
        """;

    private string Atom(params string[] paths) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom sport</title><id>urn:test</id><updated>2023-05-01T00:00:00Z</updated>
        {string.Concat(paths.Select(p => $"<entry><title>Entry {p}</title><id>{_web.Url(p)}</id><link href=\"{_web.Url(p)}\"/><updated>2023-05-01T00:00:00Z</updated></entry>"))}
        </feed>
        """;

    [Fact]
    public async Task A_feed_polled_twice_adds_each_article_once_and_dates_undated_pages_from_the_feed()
    {
        var (feed, items) = await Feeds.AddAsync(_web.Url("/feed.xml"), "moderator", CancellationToken.None);

        var first = await Feeds.PollAsync(feed, CancellationToken.None);
        var second = await Feeds.PollAsync((await _host.Get<IFeedStore>().GetAsync(feed.Id, CancellationToken.None))!, CancellationToken.None);

        Assert.Equal(3, items);
        Assert.Equal(2, first.Added);
        Assert.Equal(0, second.Added);
        var store = _host.Get<IKnowledgeStore>();
        Assert.Equal(2, await store.CountAsync(CancellationToken.None));
        var articles = await store.ListAsync(0, 10, CancellationToken.None);
        Assert.All(articles, a => Assert.Equal(new DateOnly(2023, 3, 10), a.Published));
        Assert.Equal(1, _web.Requests.Count(r => r == "/one"));
    }

    [Fact]
    public async Task An_atom_feed_is_read_too()
    {
        var (feed, _) = await Feeds.AddAsync(_web.Url("/atom.xml"), "moderator", CancellationToken.None);

        var report = await Feeds.PollAsync(feed, CancellationToken.None);

        Assert.Equal(1, report.Added);
    }

    [Fact]
    public async Task A_page_that_is_not_a_feed_is_refused_when_subscribing()
    {
        var ex = await Assert.ThrowsAsync<InvalidArticleException>(() => Feeds.AddAsync(_web.Url("/one"), "moderator", CancellationToken.None));

        Assert.Contains("text/html, not an article page", ex.Message);
        Assert.Empty(await Feeds.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Subscribing_to_the_same_feed_twice_is_refused()
    {
        await Feeds.AddAsync(_web.Url("/atom.xml"), "moderator", CancellationToken.None);

        var ex = await Assert.ThrowsAsync<InvalidArticleException>(() => Feeds.AddAsync(_web.Url("/atom.xml"), "moderator", CancellationToken.None));

        Assert.Contains("already subscribed as feed #", ex.Message);
    }

    [Fact]
    public async Task A_broken_feed_records_its_failure_and_does_not_stop_the_others()
    {
        var (good, _) = await Feeds.AddAsync(_web.Url("/atom.xml"), "moderator", CancellationToken.None);
        await _host.Get<IFeedStore>().AddAsync(_web.Url("/gone.xml"), "moderator", DateTimeOffset.UtcNow, CancellationToken.None);

        var reports = await Feeds.PollAllAsync(CancellationToken.None);

        Assert.Equal(1, reports.Single(r => r.Feed.Id == good.Id).Added);
        var broken = reports.Single(r => r.Feed.Id != good.Id);
        Assert.Contains("404", broken.Error);
        var stored = (await Feeds.ListAsync(CancellationToken.None)).Single(f => f.Id == broken.Feed.Id);
        Assert.Equal(1, stored.ConsecutiveFailures);
        Assert.Contains("404", stored.LastError);
    }

    private sealed class LoopbackOnly : INetworkPolicy
    {
        public bool IsAllowed(IPAddress address) => address.Equals(IPAddress.Loopback);
    }
}
