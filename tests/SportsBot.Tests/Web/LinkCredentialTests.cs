using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Web;
using SportsBot.Tests.Chat;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Web;

/// <summary>A link with a user name and password in it: never sent, stored, echoed or listed.</summary>
public sealed class LinkCredentialTests : IAsyncLifetime
{
    private const string Secret = "hunter2";
    private readonly LocalWebServer _web = new();
    private readonly ChatUser _moderator = ChatScript.Admin("mod");
    private readonly List<string?> _authorizations = [];
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(null, configure: s => s.AddSingleton<INetworkPolicy>(new LoopbackOnly()));
        _web.Map("/article", request =>
        {
            lock (_authorizations)
            {
                _authorizations.Add(request.Headers["Authorization"]);
            }

            return LocalWebServer.Html(ArticleFetchTests.Page("IOC clears neutral athletes for Paris", """<meta property="article:published_time" content="2023-12-08">"""));
        });
        _web.Map("/rss", new LocalWebServer.Response(200, "application/rss+xml", Encoding.UTF8.GetBytes($"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>{_web.BaseUrl}</link><description>D</description>
            <item><title>IOC</title><link>{WithCredentials("/article")}</link></item></channel></rss>
            """)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _web.DisposeAsync();
    }

    private string WithCredentials(string path) => $"http://admin:{Secret}@127.0.0.1:{_web.Port}{path}";

    [Fact]
    public async Task An_added_link_is_fetched_and_stored_without_its_user_name_and_password()
    {
        var chat = new ChatScript(_host.Get<ChatService>());

        var reply = await chat.AskAsync(_moderator, $"/kb add {WithCredentials("/article")}");
        var list = await chat.AskAsync(_moderator, "/kb list");

        Assert.StartsWith("Added \"IOC clears neutral athletes for Paris\"", reply);
        var stored = Assert.Single(await _host.Get<IKnowledgeStore>().ListAsync(0, 10, CancellationToken.None));
        Assert.Equal(_web.Url("/article"), stored.Url);
        Assert.DoesNotContain(Secret, list);
        Assert.All(_authorizations, Assert.Null);
    }

    [Fact]
    public async Task A_refused_link_is_echoed_without_its_password()
    {
        var reply = await new ChatScript(_host.Get<ChatService>()).AskAsync(_moderator, $"/kb add {WithCredentials("/missing")}");

        Assert.Contains($"{_web.Url("/missing")}: the site answered 404", reply);
        Assert.DoesNotContain(Secret, reply);
        Assert.DoesNotContain("admin:", reply);
    }

    [Fact]
    public async Task A_feed_subscribed_with_a_password_is_listed_without_it_and_its_items_are_stored_without_it()
    {
        var chat = new ChatScript(_host.Get<ChatService>());

        await chat.AskAsync(_moderator, $"/kb feed add {WithCredentials("/rss")}");
        var list = await chat.AskAsync(_moderator, "/kb feed list");
        await _host.Get<SportsBot.Core.Feeds.FeedService>().PollAllAsync(CancellationToken.None);

        Assert.Contains($"#1 — {_web.Url("/rss")}", list);
        Assert.DoesNotContain(Secret, list);
        var stored = Assert.Single(await _host.Get<IKnowledgeStore>().ListAsync(0, 10, CancellationToken.None));
        Assert.DoesNotContain(Secret, stored.Url);
    }

    [Fact]
    public async Task A_url_with_credentials_in_front_matter_is_stored_without_them()
    {
        var draft = _host.Get<ArticleParser>().Parse("ban.md", Encoding.UTF8.GetBytes(Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody, $"https://editor:{Secret}@news.example/iihf?id=7")));

        var result = await _host.Get<IngestPipeline>().IngestAsync(new IngestRequest(draft, "moderator", "test:ban.md"), CancellationToken.None);

        Assert.Equal("https://news.example/iihf?id=7", result.Article.Url);
    }

    private sealed class LoopbackOnly : INetworkPolicy
    {
        public bool IsAllowed(IPAddress address) => address.Equals(IPAddress.Loopback);
    }
}
