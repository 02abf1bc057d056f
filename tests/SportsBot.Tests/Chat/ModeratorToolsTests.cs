using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Chat;
using SportsBot.Infrastructure.Web;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Chat;

/// <summary>
/// The moderators' loop on every platform, through the real chat core and a real SQLite file: find an article by
/// its short id, check it, fix it, and see which questions the knowledge base serves badly.
/// </summary>
public sealed class ModeratorToolsTests : IAsyncLifetime
{
    private const string HockeyQuestion = "/ask Is Russia suspended from ice hockey?";

    /// <summary>A brief as agencies publish them: three short paragraphs, about 400 characters in all.</summary>
    private const string BriefPage = """
        <html lang="en"><head><title>Judo federation lifts flag ban | Example News</title>
        <meta property="og:title" content="Judo federation lifts flag ban"><meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2025-04-02"></head>
        <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
        <article><h1>Judo federation lifts flag ban</h1>
        <p>The International Judo Federation said on Wednesday that Russian judoka may compete under their own flag again.</p>
        <p>The change applies from the next Grand Slam event, the federation's executive committee said.</p>
        <p>Ukraine's federation said it would appeal against the decision to the Court of Arbitration for Sport.</p>
        </article><footer>Cookie settings</footer></body></html>
        """;

    private readonly TempFolder _folder = new();
    private readonly LocalWebServer _web = new();
    private readonly ChatUser _moderator = ChatScript.Admin("mod");
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        _folder.Write("kb/ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        _host = await StartAsync(_folder.File("kb.db"));
        _web.Map("/brief", LocalWebServer.Html(BriefPage));
        _web.Map("/empty", LocalWebServer.Html("<html><head><title>Sport</title></head><body><nav><a href=\"/\">Home</a></nav><footer>Contact</footer></body></html>"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _web.DisposeAsync();
        _folder.Dispose();
    }

    private Task<TestHost> StartAsync(string database, int requestsPerMinute = 20) =>
        TestHost.StartAsync(
            _folder.File("kb"),
            new Dictionary<string, string?> { ["Storage:DatabasePath"] = database, ["Chat:ChannelRequestsPerMinute"] = requestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            s => s.AddSingleton<INetworkPolicy>(new LoopbackOnly()));

    private ChatScript NewChannel(TestHost? host = null) => new((host ?? _host).Get<ChatService>());

    /// <summary>The short id a list shows for the article with this title.</summary>
    private static string NumberIn(string list, string title) =>
        Captured.From($@"(#\d+) — {Regex.Escape(title)}", list);

    [Fact]
    public async Task Kb_show_tells_where_an_article_came_from_how_often_answers_cite_it_and_what_people_thought()
    {
        var chat = NewChannel();
        await chat.SayAsync(ChatScript.Member("fan1"), HockeyQuestion);
        var answer = chat.Replies.LastId;
        Assert.Equal(ReplyKind.Prompt, Assert.Single(await chat.PressAsync(ChatScript.Member("fan1"), answer, ReplyActions.Unhelpful)).Kind);
        await chat.PressAsync(ChatScript.Member("fan1"), answer, ReplyActions.WhatWasWrong, "Is this still true in 2025?");
        await chat.PressAsync(ChatScript.Member("fan2"), answer, ReplyActions.Helpful);

        var number = NumberIn(await chat.AskAsync(_moderator, "/kb list"), "IIHF suspends Russia and Belarus");
        var shown = await chat.SayAsync(_moderator, $"/kb show {number}");

        var text = Assert.Single(shown).Text;
        Assert.True(shown[0].Private);
        Assert.StartsWith($"{number} — IIHF suspends Russia and Belarus", text);
        Assert.Contains("Outlet: Test Gazette · published: 28 February 2022", text);
        Assert.Contains("Link: none", text);
        Assert.Contains("Added by knowledge folder on ", text);
        Assert.Matches(@"Id: ban · \d+ passages?", text);
        Assert.Contains("Cited by answers 1 time, last on ", text);
        Assert.Contains("👍 1 · 👎 1", text);
        Assert.Contains("\"Is this still true in 2025?\"", text);

        // The long id of earlier versions finds the same article.
        Assert.StartsWith($"{number} — IIHF", await chat.AskAsync(_moderator, "/kb show ban"));
        Assert.Equal("There is no article #999. /kb list and /kb search show the ids.", await chat.AskAsync(_moderator, "/kb show #999"));
    }

    [Fact]
    public async Task Kb_edit_changes_a_date_that_the_next_answer_shows_and_a_bad_value_changes_nothing()
    {
        var chat = NewChannel();
        var number = NumberIn(await chat.AskAsync(_moderator, "/kb list"), "IIHF suspends Russia and Belarus");

        var refused = await chat.SayAsync(_moderator, $"/kb edit {number} date last spring");
        var changed = await chat.AskAsync(_moderator, $"/kb edit {number} date 2022-03-01");
        await chat.SayAsync(ChatScript.Member("fan"), HockeyQuestion);

        Assert.True(Assert.Single(refused).Private);
        Assert.StartsWith("'last spring' is not a date; write it as YYYY-MM-DD", refused[0].Text);
        Assert.Equal($"Changed {number} \"IIHF suspends Russia and Belarus\": date: 1 March 2022 (was 28 February 2022). It comes from the bundled knowledge folder: the change holds until its file is edited there.", changed);
        var answer = chat.Replies.Last;
        Assert.Equal(ReplyKind.Answer, answer.Kind);
        Assert.Equal(new DateOnly(2022, 3, 1), Assert.Single(answer.Citations).Published);
        Assert.Equal("kb edit", (await _host.Get<IAuditLog>().RecentAsync(chat.Key, 1, CancellationToken.None))[0].Action);
    }

    [Fact]
    public async Task Re_adding_the_same_text_with_a_date_in_front_matter_dates_the_article()
    {
        var chat = NewChannel();
        const string body = "World Aquatics said on Monday that Russian swimmers may enter its 2025 world championships as neutral athletes if they pass the eligibility checks of an independent panel.";

        await chat.AskAsync(_moderator, "/kb list");
        await chat.AskAsync(_moderator, "/kb list");
        var added = await chat.AskAsync(_moderator, "/kb add Swimming body admits neutrals\n" + body);
        var number = Captured.From(@"as (#\d+) \(1 passage\)", added);

        // Numbers are handed out one after another: showing an article again never uses one up.
        Assert.Equal("#2", number);
        var dated = await chat.AskAsync(_moderator, $"/kb add ---\ntitle: Swimming body admits neutrals\npublished: 2024-10-07\nsource: Pool Wire\n---\n{body}");
        var again = await chat.AskAsync(_moderator, $"/kb add ---\ntitle: Swimming body admits neutrals\npublished: 2024-10-07\n---\n{body}");

        Assert.Equal($"Updated {number} \"Swimming body admits neutrals\": date: 7 October 2024 (was date unknown); outlet: Pool Wire (was an unknown outlet).", dated);
        Assert.Equal($"Already in the knowledge base as {number} (\"Swimming body admits neutrals\"); nothing changed.", again);
    }

    [Fact]
    public async Task Gaps_list_unanswered_questions_and_answers_marked_down_most_asked_first()
    {
        var chat = NewChannel();
        await chat.SayAsync(ChatScript.Member("a"), "/ask Who won Wimbledon in 2023?");
        await chat.SayAsync(ChatScript.Member("b"), "/ask who won wimbledon in 2023");
        await chat.SayAsync(ChatScript.Member("c"), HockeyQuestion);
        var answer = chat.Replies.LastId;
        await chat.PressAsync(ChatScript.Member("c"), answer, ReplyActions.Unhelpful);
        await chat.PressAsync(ChatScript.Member("c"), answer, ReplyActions.WhatWasWrong, "  It is   out of date ");

        var refused = await chat.SayAsync(ChatScript.Member("d"), "/kb gaps");
        var gaps = await chat.AskAsync(_moderator, "/kb gaps 7");

        Assert.Equal("/kb gaps needs the moderator role; you are a member here. An admin can make you one with /config set moderator-users.", Assert.Single(refused).Text);
        Assert.True(refused[0].Private);
        var lines = gaps.Split('\n');
        Assert.Equal("Gaps in the last 7 days, most asked first (what to add next):", lines[0]);
        Assert.Equal("1. \"who won wimbledon in 2023\" — 2 people · not covered 2×", lines[1]);
        Assert.Equal("2. \"Is Russia suspended from ice hockey?\" — 1 person · 👎 1×", lines[2]);
        Assert.Equal("   👎 \"It is out of date\"", lines[3]);
    }

    [Fact]
    public async Task Buttons_under_an_answer_show_its_sources_and_a_press_on_a_forgotten_answer_is_explained()
    {
        var chat = NewChannel();
        await chat.SayAsync(ChatScript.Member("fan"), HockeyQuestion);
        var answer = chat.Replies.Last;

        var sources = Assert.Single(await chat.PressAsync(ChatScript.Member("other"), chat.Replies.LastId, ReplyActions.Sources));
        var forgotten = Assert.Single(await chat.PressAsync(ChatScript.Member("fan"), new MessageId("long-gone"), ReplyActions.Helpful));

        Assert.Equal([ReplyActions.Helpful, ReplyActions.Unhelpful, ReplyActions.Sources], answer.Actions.Select(a => a.Data));
        Assert.False(answer.Private);
        Assert.Equal(ReplyKind.Sources, sources.Kind);
        Assert.NotEmpty(sources.Citations);
        Assert.StartsWith("That answer is older than my memory", forgotten.Text);
        Assert.True(forgotten.Private);
    }

    [Fact]
    public async Task Presses_share_the_channels_request_budget_so_a_member_cannot_flood_it_with_source_lists()
    {
        await using var host = await StartAsync(_folder.File("budget.db"), requestsPerMinute: 3);
        var chat = NewChannel(host);
        var spammer = ChatScript.Member("spammer");
        await chat.SayAsync(ChatScript.Member("fan"), HockeyQuestion);
        var answer = chat.Replies.LastId;

        var shown = new List<IReadOnlyList<OutgoingReply>>();
        for (var i = 0; i < 4; i++)
        {
            shown.Add(await chat.PressAsync(spammer, answer, ReplyActions.Sources));
        }

        Assert.All(shown.Take(2), replies => Assert.Equal(ReplyKind.Sources, Assert.Single(replies).Kind));
        var told = Assert.Single(shown[2]);
        Assert.True(told.Private);
        Assert.Matches(@"^This channel has asked me a lot in the last minute; please try again in \d+ s\.$", told.Text);
        Assert.Empty(shown[3]);
    }

    [Fact]
    public async Task A_three_paragraph_news_brief_is_added_from_a_link_and_a_page_without_text_is_refused()
    {
        var chat = NewChannel();

        var added = await chat.AskAsync(_moderator, $"/kb add {_web.Url("/brief")}");
        var empty = await chat.AskAsync(_moderator, $"/kb add {_web.Url("/empty")}");

        Assert.Matches(@"^Added ""Judo federation lifts flag ban"" as #\d+ \(1 passage\)\.$", added);
        Assert.Equal($"Not added: {_web.Url("/empty")}: The page has no readable article text.", empty);
    }

    [Fact]
    public async Task Feed_poll_reads_a_feed_now_and_reports_what_it_added()
    {
        var items = new List<string> { "/brief" };
        _web.Map("/rss", _ => new LocalWebServer.Response(200, "application/rss+xml", Encoding.UTF8.GetBytes($"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>{_web.BaseUrl}</link><description>D</description>
            {string.Concat(items.Select(i => $"<item><title>{i}</title><link>{_web.Url(i)}</link></item>"))}</channel></rss>
            """)));
        _web.Map("/second", LocalWebServer.Html(BriefPage.Replace("Judo federation lifts flag ban", "Wrestling body keeps its ban", StringComparison.Ordinal).Replace("Russian judoka may compete under their own flag again", "Russian wrestlers stay excluded", StringComparison.Ordinal)));
        var chat = NewChannel();

        var subscribed = await chat.AskAsync(_moderator, $"/kb feed add {_web.Url("/rss")}");
        items.Add("/second");
        var polled = await chat.AskAsync(_moderator, "/kb feed poll 1");
        var missing = await chat.AskAsync(_moderator, "/kb feed poll 9");

        Assert.Matches(@"^Subscribed to feed #1\. Read 1 item; added 1 article: #\d+ ""Judo federation lifts flag ban""\.", subscribed);
        Assert.Matches(@"^Feed #1: Read 2 items; added 1 article: #\d+ ""Wrestling body keeps its ban""\. 1 item was already known or not an article\.$", polled);
        Assert.Equal("There is no feed #9. /kb feed list shows the ids.", missing);
    }

    [Fact]
    public async Task Feedback_gaps_and_short_ids_survive_a_restart()
    {
        var database = _folder.File("restart.db");
        string number;
        MessageId answer;
        ChannelId channel;
        await using (var first = await StartAsync(database))
        {
            var chat = NewChannel(first);
            number = NumberIn(await chat.AskAsync(_moderator, "/kb list"), "IIHF suspends Russia and Belarus");
            await chat.SayAsync(ChatScript.Member("a"), "/ask Who won Wimbledon in 2023?");
            await chat.SayAsync(ChatScript.Member("b"), HockeyQuestion);
            answer = chat.Replies.LastId;
            await chat.PressAsync(ChatScript.Member("b"), answer, ReplyActions.Unhelpful);
            channel = chat.Key.Channel;
        }

        await using var second = await StartAsync(database);
        var after = new ChatScript(second.Get<ChatService>(), channel: channel);
        var shown = await after.AskAsync(_moderator, $"/kb show {number}");
        var gaps = await after.AskAsync(_moderator, "/kb gaps");
        var pressed = Assert.Single(await after.PressAsync(ChatScript.Member("c"), answer, ReplyActions.Helpful));

        Assert.StartsWith($"{number} — IIHF suspends Russia and Belarus", shown);
        Assert.Contains("👍 0 · 👎 1", shown);
        Assert.Contains("\"Who won Wimbledon in 2023?\" — 1 person · not covered 1×", gaps);
        Assert.Contains("\"Is Russia suspended from ice hockey?\" — 1 person · 👎 1×", gaps);
        Assert.Equal("Thanks! Your 👍 is noted.", pressed.Text);
    }

    private sealed class LoopbackOnly : INetworkPolicy
    {
        public bool IsAllowed(IPAddress address) => address.Equals(IPAddress.Loopback);
    }
}
