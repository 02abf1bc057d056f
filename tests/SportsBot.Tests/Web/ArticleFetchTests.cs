using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Web;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Web;

/// <summary>Adding articles from links, against a local web server. Private networks are allowed only where a test says so.</summary>
public sealed class ArticleFetchTests : IAsyncLifetime
{
    private readonly LocalWebServer _web = new();
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(null, configure: s => s.AddSingleton<INetworkPolicy>(new OnlyAddress(IPAddress.Loopback)));
        _web.Map("/article", LocalWebServer.Html(Page("IOC clears neutral athletes", """<meta property="article:published_time" content="2023-12-08T10:00:00Z">""", canonical: "https://news.example/ioc-ain")));
        _web.Map("/jsonld", LocalWebServer.Html(Page("Fencing body readmits neutrals", """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-03-10","publisher":{"name":"Blade News"}}]}</script>""")));
        _web.Map("/undated", LocalWebServer.Html(Page("Undated feature on hockey", string.Empty)));
        _web.Map("/report.pdf", new LocalWebServer.Response(200, "application/pdf", "%PDF-1.7 binary"u8.ToArray()));
        _web.Map("/huge", LocalWebServer.Html("<html><body><p>" + new string('x', 10 * 1024 * 1024) + "</p></body></html>"));
        for (var i = 1; i <= 7; i++)
        {
            _web.Map($"/hop{i}", LocalWebServer.Redirect(i == 7 ? "/article" : $"/hop{i + 1}"));
        }

        _web.Map("/to-metadata", LocalWebServer.Redirect("http://169.254.169.254/latest/meta-data/"));
        _web.Map("/to-other-loopback", LocalWebServer.Redirect($"http://127.0.0.2:{_web.Port}/article"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _web.DisposeAsync();
    }

    private Task<ArticleDraft> FetchAsync(string path) => _host.Get<IArticleFetcher>().FetchAsync(path.StartsWith("http", StringComparison.Ordinal) ? path : _web.Url(path), CancellationToken.None);

    private async Task<string> RefusedAsync(string path) => (await Assert.ThrowsAsync<InvalidArticleException>(() => FetchAsync(path))).Message;

    internal static string Page(string title, string head, string? canonical = null) => $"""
        <html lang="en"><head><title>{title} | Example News</title>
        <meta property="og:title" content="{title}"><meta property="og:site_name" content="Example News">
        {(canonical is null ? string.Empty : $"<link rel=\"canonical\" href=\"{canonical}\">")}
        {head}</head>
        <body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/politics">Politics</a></nav>
        <article><h1>{title}</h1>
        <p>The governing body said on Friday that athletes who hold Russian or Belarusian passports may compete as individual neutrals under strict conditions.</p>
        <p>They may not compete in team events, and those who actively support the war or are contracted to the military are excluded from taking part.</p>
        <p>Ukraine's sports ministry criticised the decision, while the committee said it was protecting the rights of individual athletes to compete.</p>
        <p>An independent panel will review the eligibility of every athlete before the Games begin next summer in the French capital.</p>
        </article><footer>Cookie settings · Newsletter · Contact us</footer></body></html>
        """;

    [Fact]
    public async Task A_page_gives_its_title_outlet_date_and_canonical_link_from_its_metadata()
    {
        var draft = await FetchAsync("/article");

        Assert.Equal("IOC clears neutral athletes", draft.Title);
        Assert.Equal("Example News", draft.Source);
        Assert.Equal(new DateOnly(2023, 12, 8), draft.Published);
        Assert.Equal("https://news.example/ioc-ain", draft.Url);
        Assert.Contains("individual neutrals under strict conditions", draft.Body);
        Assert.DoesNotContain("Cookie settings", draft.Body);
    }

    [Fact]
    public async Task The_date_and_outlet_are_read_from_json_ld_when_there_is_no_meta_tag()
    {
        var draft = await FetchAsync("/jsonld");

        Assert.Equal(new DateOnly(2023, 3, 10), draft.Published);
        Assert.Equal("Example News", draft.Source);
    }

    [Fact]
    public async Task A_page_without_a_date_is_kept_with_an_unknown_date_never_today()
    {
        var draft = await FetchAsync("/undated");

        Assert.Null(draft.Published);
    }

    [Fact]
    public async Task Up_to_five_redirects_are_followed()
    {
        var draft = await FetchAsync("/hop3");

        Assert.Equal("IOC clears neutral athletes", draft.Title);
    }

    [Fact]
    public async Task More_than_five_redirects_are_refused()
    {
        Assert.Contains("more than 5 redirects", await RefusedAsync("/hop1"));
    }

    [Fact]
    public async Task A_ten_megabyte_page_is_refused_at_the_size_cap()
    {
        Assert.Contains("larger than 2048 KB", await RefusedAsync("/huge"));
    }

    [Fact]
    public async Task A_pdf_is_refused_as_not_an_article_page()
    {
        Assert.Contains("application/pdf, not an article page", await RefusedAsync("/report.pdf"));
    }

    [Fact]
    public async Task A_redirect_to_the_cloud_metadata_address_is_refused_without_connecting()
    {
        Assert.Contains("169.254.169.254 is a private or local network address", await RefusedAsync("/to-metadata"));
    }

    [Fact]
    public async Task A_redirect_to_another_local_address_is_refused()
    {
        Assert.Contains("127.0.0.2 is a private or local network address", await RefusedAsync("/to-other-loopback"));
    }

    [Theory]
    [InlineData("ftp://example.org/article", "only http and https")]
    [InlineData("file:///etc/passwd", "only http and https")]
    [InlineData("http://", "not a valid link")]
    [InlineData("not a link at all", "not a valid link")]
    public async Task Malformed_or_non_web_links_are_refused(string url, string expected)
    {
        Assert.Contains(expected, (await Assert.ThrowsAsync<InvalidArticleException>(() => _host.Get<IArticleFetcher>().FetchAsync(url, CancellationToken.None))).Message);
    }

    [Fact]
    public async Task With_the_default_policy_a_link_to_localhost_is_refused()
    {
        await using var strict = await TestHost.StartAsync(null);

        var ex = await Assert.ThrowsAsync<InvalidArticleException>(() => strict.Get<IArticleFetcher>().FetchAsync(_web.Url("/article"), CancellationToken.None));

        Assert.Contains("private or local network address", ex.Message);
        Assert.DoesNotContain(_web.Requests, r => r == "/article");
    }

    private async Task<IngestResult> AddLinkAsync(string path)
    {
        var url = _web.Url(path);
        var draft = await _host.Get<IArticleFetcher>().FetchAsync(url, CancellationToken.None);
        return await _host.Get<IngestPipeline>().IngestAsync(new IngestRequest(draft, "moderator", $"url:{url}", UpdateWhenUrlKnown: true), CancellationToken.None);
    }

    [Fact]
    public async Task Adding_a_link_twice_changes_nothing_and_a_changed_page_updates_its_article_in_place()
    {
        const string dated = """<meta property="article:published_time" content="2023-12-08">""";
        _web.Map("/live", LocalWebServer.Html(Page("Live: IOC decision", dated)));
        var first = await AddLinkAsync("/live");
        var again = await AddLinkAsync("/live");

        _web.Map("/live", LocalWebServer.Html(Page("Live: IOC decision", dated).Replace("next summer", "in July 2024")));
        var changed = await AddLinkAsync("/live");

        Assert.Equal(IngestStatus.Added, first.Status);
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(IngestStatus.Updated, changed.Status);
        Assert.Equal(first.Article.Id, changed.Article.Id);
        Assert.Contains("in July 2024", (await _host.Get<IKnowledgeStore>().GetAsync(first.Article.Id, CancellationToken.None))!.Body);
        Assert.Equal(1, await _host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_same_agency_story_on_another_site_is_recognised_as_already_in_the_knowledge_base()
    {
        _web.Map("/site-a/story", LocalWebServer.Html(Page("IOC clears neutrals for Paris", """<meta property="article:published_time" content="2023-12-08">""")));
        _web.Map("/site-b/story", LocalWebServer.Html(Page("Neutral athletes cleared for the Paris Games", """<meta property="article:published_time" content="2023-12-09">""")
            .Replace("<p>An independent panel", "<p>Photo: agency.</p><p>An independent panel")));

        var original = await AddLinkAsync("/site-a/story");
        var copy = await AddLinkAsync("/site-b/story");

        Assert.Equal(IngestStatus.Duplicate, copy.Status);
        Assert.Equal(original.Article.Id, copy.Article.Id);
        Assert.Contains($"Already in the knowledge base as #{original.Article.Id}", copy.Describe());
    }

    private sealed class OnlyAddress(IPAddress allowed) : INetworkPolicy
    {
        public bool IsAllowed(IPAddress address) => address.Equals(allowed);
    }
}
