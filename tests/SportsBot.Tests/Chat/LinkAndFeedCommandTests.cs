using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Web;
using SportsBot.Tests.Infrastructure;
using SportsBot.Tests.Web;

namespace SportsBot.Tests.Chat;

/// <summary>Moderators adding links and feeds from chat, against a local web server (the only address allowed).</summary>
public sealed class LinkAndFeedCommandTests : IAsyncLifetime
{
    private readonly LocalWebServer _web = new();
    private readonly ChatUser _moderator = ChatScript.Admin("mod");
    private readonly ChatUser _fan = ChatScript.Member("fan");
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestHost.StartAsync(null, configure: s => s.AddSingleton<INetworkPolicy>(new LoopbackOnly()));
        _web.Map("/ioc", LocalWebServer.Html(ArticleFetchTests.Page("IOC clears neutral athletes for Paris", """<meta property="article:published_time" content="2023-12-08">""")));
        _web.Map("/rss", new LocalWebServer.Response(200, "application/rss+xml", Encoding.UTF8.GetBytes($"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>{_web.BaseUrl}</link><description>D</description>
            <item><title>IOC</title><link>{_web.Url("/ioc")}</link></item></channel></rss>
            """)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _web.DisposeAsync();
    }

    private ChatScript NewChannel() => new(_host.Get<ChatService>());

    [Fact]
    public async Task A_moderator_adds_a_link_and_the_next_answer_cites_it_with_the_pages_date()
    {
        var chat = NewChannel();

        var reply = await chat.AskAsync(_moderator, $"/kb add {_web.Url("/ioc")}");
        var again = await chat.AskAsync(_moderator, $"/kb add {_web.Url("/ioc")}");
        var answer = await _host.Get<AnswerService>().AskAsync("Can athletes with Russian passports compete as neutrals?", CancellationToken.None);

        Assert.StartsWith("Added \"IOC clears neutral athletes for Paris\"", reply);
        Assert.Contains("is unchanged", again);
        Assert.Equal("Example News", answer.Answer.Citations[0].Source);
        Assert.Equal(new DateOnly(2023, 12, 8), answer.Answer.Citations[0].Published);
    }

    [Fact]
    public async Task A_fan_cannot_add_links_or_feeds_and_is_told_which_role_is_needed()
    {
        var chat = NewChannel();

        Assert.Contains("moderator", await chat.AskAsync(_fan, $"/kb add {_web.Url("/ioc")}"));
        Assert.Contains("moderator", await chat.AskAsync(_fan, $"/kb feed add {_web.Url("/rss")}"));
        Assert.Equal(0, await _host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_feed_is_subscribed_listed_and_removed_from_chat()
    {
        var chat = NewChannel();

        var added = await chat.AskAsync(_moderator, $"/kb feed add {_web.Url("/rss")}");
        var twice = await chat.AskAsync(_moderator, $"/kb feed add {_web.Url("/rss")}");
        var list = await chat.AskAsync(_moderator, "/kb feed list");
        var removed = await chat.AskAsync(_moderator, "/kb feed remove 1");
        var missing = await chat.AskAsync(_moderator, "/kb feed remove 1");

        // Polled at once: the moderator sees what the feed brought without waiting for the next poll.
        Assert.Matches(@"^Subscribed to feed #1\. Read 1 item; added 1 article: #\d+ ""IOC clears neutral athletes for Paris""\. It is read again every 30 minutes\.$", added);
        Assert.Contains("already subscribed as feed #1", twice);
        Assert.Matches($@"#1 — {Regex.Escape(_web.Url("/rss"))} · 1 article added · last poll \d+ \w+ \d{{4}} \d\d:\d\d UTC", list);
        Assert.StartsWith("Feed #1 removed.", removed);
        Assert.Equal("There is no feed #1. /kb feed list shows the ids.", missing);
    }

    [Theory]
    [InlineData("/kb feed add", "Usage: /kb feed add <url")]
    [InlineData("/kb feed remove abc", "Usage: /kb feed remove <id>")]
    [InlineData("/kb stale soon", "Usage: /kb stale [days]")]
    public async Task Malformed_feed_and_stale_commands_get_their_usage(string command, string expected)
    {
        Assert.StartsWith(expected, await NewChannel().AskAsync(_moderator, command));
    }

    [Fact]
    public async Task Stale_lists_an_old_article_that_answers_still_cite()
    {
        var chat = NewChannel();
        await chat.AskAsync(_moderator, $"/kb add {_web.Url("/ioc")}");
        await chat.SayAsync(_fan, "/ask Can athletes with Russian passports compete as neutrals?");

        var stale = await chat.AskAsync(_moderator, "/kb stale 30");
        var none = await chat.AskAsync(_moderator, "/kb stale 36500");

        Assert.Contains("IOC clears neutral athletes for Paris (8 December 2023,", stale);
        Assert.Contains("cited 1×", stale);
        Assert.StartsWith("No article older than 36500 days", none);
    }

    private sealed class LoopbackOnly : INetworkPolicy
    {
        public bool IsAllowed(IPAddress address) => address.Equals(IPAddress.Loopback);
    }
}
