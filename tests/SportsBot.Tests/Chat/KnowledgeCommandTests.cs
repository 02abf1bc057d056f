using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Chat;

/// <summary>Moderators growing the knowledge base from chat with /kb, on an empty store of their own.</summary>
public sealed class KnowledgeCommandTests(EmptyKnowledgeFixture fixture) : IClassFixture<EmptyKnowledgeFixture>
{
    private const string Pasted = """
        Handball federation readmits Belarusian clubs for the 2026 season
        The European Handball Federation said on Tuesday that Belarusian clubs may return to its club competitions in the 2026 season as neutral teams, without flags or anthems, after four seasons of exclusion.
        The federation's executive committee said the decision would be reviewed before the 2027 season.
        """;

    private readonly ChatUser _moderator = ChatScript.Admin("mod");

    private ChatScript NewChannel() => new(fixture.Host.Get<ChatService>());

    private Task<int> CountAsync() => fixture.Host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None);

    [Fact]
    public async Task Pasted_text_is_added_listed_found_removed_and_every_change_is_audited()
    {
        var chat = NewChannel();

        var added = await chat.AskAsync(_moderator, "/kb add\n" + Pasted);
        var number = Captured.From(@"^Added ""Handball federation readmits Belarusian clubs for the 2026 season"" as (#\d+) \(1 passage\)\.", added);
        Assert.Contains($"no publication date, so answers cite it as \"date unknown\"; to date it, send /kb edit {number} date YYYY-MM-DD.", added);

        Assert.Contains($"{number} — Handball federation readmits Belarusian clubs for the 2026 season (an unknown outlet, date unknown)", await chat.AskAsync(_moderator, "/kb list"));
        Assert.Contains($"{number} — Handball", await chat.AskAsync(_moderator, "/kb search handball clubs"));

        var article = await fixture.Host.Get<IKnowledgeStore>().GetAsync(new ArticleId("handball-federation-readmits-belarusian-clubs-for-the-2026-season"), CancellationToken.None);
        Assert.Equal("test:mod (Admin mod)", article!.AddedBy);
        Assert.StartsWith("chat:test:", article.Origin);

        // The long id of earlier versions still works; replies show the short one.
        Assert.Equal($"Removed {number} \"Handball federation readmits Belarusian clubs for the 2026 season\".", await chat.AskAsync(_moderator, "/kb remove handball-federation-readmits-belarusian-clubs-for-the-2026-season"));
        Assert.Null(await fixture.Host.Get<IKnowledgeStore>().GetAsync(article.Id, CancellationToken.None));

        var audit = await fixture.Host.Get<IAuditLog>().RecentAsync(chat.Key, 10, CancellationToken.None);
        Assert.Equal(["kb remove", "kb add"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("mod", a.UserId.Value));
    }

    [Fact]
    public async Task The_same_article_twice_is_reported_as_already_there()
    {
        var chat = NewChannel();
        const string text = "Rowing body keeps ban\nWorld Rowing said on Friday that its ban on Russian and Belarusian crews stays in place for the 2025 season, and that it will look at the question again before the world championships.";
        await chat.AskAsync(_moderator, "/kb add " + text);
        var count = await CountAsync();

        Assert.Matches(@"^Already in the knowledge base as #\d+ \(""Rowing body keeps ban""\); nothing changed\.$", await chat.AskAsync(_moderator, "/kb add " + text));
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task A_link_to_the_cloud_metadata_address_is_refused_and_changes_nothing()
    {
        var count = await CountAsync();

        var reply = await NewChannel().AskAsync(_moderator, "/kb add http://169.254.169.254/latest/meta-data/");

        Assert.StartsWith("Not added:", reply);
        Assert.Contains("private or local network address", reply);
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task Too_short_text_is_refused_with_what_to_send_instead()
    {
        var reply = await NewChannel().AskAsync(_moderator, "/kb add Just a headline about a ban");

        Assert.StartsWith("Not added:", reply);
        Assert.Contains("Send the title on the first line and the article text below it.", reply);
    }

    [Fact]
    public async Task An_attached_html_file_is_added_and_other_files_are_refused_without_downloading()
    {
        var chat = NewChannel();
        const string html = "<html><head><title>Skating union admits neutrals</title></head><body><article><h1>Skating union admits neutrals</h1><p>The International Skating Union said on Monday that skaters from Russia and Belarus may enter its 2026 events as neutral athletes if they pass the same checks the IOC uses for Individual Neutral Athletes.</p><p>The union said teams and pairs remain excluded, and that skaters who publicly support the war in Ukraine, or who are contracted to the military or national security agencies, will not be eligible.</p><p>The decision follows a two-year exclusion that began in March 2022, when the union barred skaters from both countries from all of its events, including the world and European championships.</p><p>Several member federations said they would ask the union to publish the names of the skaters it clears, and the union said it would do so before each event.</p></article></body></html>";
        var neverFetched = new ChatAttachment("photo.jpg", 5000, _ => throw new InvalidOperationException("downloaded"));
        var tooBig = new ChatAttachment("huge.txt", 50_000_000, _ => throw new InvalidOperationException("downloaded"));

        var reply = await chat.AskAsync(_moderator, "/kb add", attachments: [ChatAttachment.FromBytes("skating.html", System.Text.Encoding.UTF8.GetBytes(html)), neverFetched, tooBig]);

        var lines = reply.Split('\n');
        Assert.Matches(@"^skating.html: Added ""Skating union admits neutrals"" as #\d+ \(\d+ passages?\)\.", lines[0]);
        Assert.Equal("photo.jpg: not an article file; attach .txt, .md or .html.", lines[1]);
        Assert.StartsWith("huge.txt: 48828 KB is more than the 2048 KB an article file may have.", lines[2]);
    }

    [Fact]
    public async Task Kb_add_as_a_reply_adds_the_replied_message()
    {
        var chat = NewChannel();
        var replied = new RepliedMessage(new MessageId("earlier"), IsFromBot: false, "Biathlon union keeps Russia out\nThe International Biathlon Union said on Thursday that Russian and Belarusian biathletes remain excluded from the 2025-26 World Cup season, citing the continuing war.", []);

        Assert.StartsWith("Added \"Biathlon union keeps Russia out\"", await chat.AskAsync(_moderator, "/kb add", replyTo: replied));
    }

    [Fact]
    public async Task Removing_an_unknown_id_says_where_ids_are_shown()
    {
        Assert.Equal("There is no article #no-such-article. /kb list and /kb search show the ids.", await NewChannel().AskAsync(_moderator, "/kb remove no-such-article"));
    }
}
