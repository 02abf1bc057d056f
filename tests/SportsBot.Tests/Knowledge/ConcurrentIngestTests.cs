using System.Text;
using Microsoft.Extensions.Options;
using SportsBot.Core.Chat;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Storage;
using SportsBot.Tests.Chat;
using SportsBot.Tests.Infrastructure;
using SQLite;

namespace SportsBot.Tests.Knowledge;

/// <summary>Several writers on one knowledge base: none of their articles lost, none stored twice.</summary>
public sealed class ConcurrentIngestTests
{
    private static string Body(string who, int n) =>
        $"{who} reported on Tuesday that federation decision number {n} was taken after a long meeting of the executive board in Lausanne. " +
        $"Under decision {n}, athletes from {n + 3} member nations may enter events as neutrals from next season, {who} said.";

    private static async Task<List<IngestResult>> IngestAllAsync(TestHost host, IEnumerable<(string File, string Body)> files)
    {
        var results = new List<IngestResult>();
        foreach (var (file, body) in files)
        {
            var draft = host.Get<ArticleParser>().Parse(file, Encoding.UTF8.GetBytes(Articles.Markdown($"Decision reported as {file}", "2023-05-01", body)));
            results.Add(await host.Get<KnowledgeWriter>().IngestAsync(new IngestRequest(draft, "shell", $"cli:{file}"), CancellationToken.None));
        }

        return results;
    }

    [Fact]
    public async Task Two_writers_on_one_database_file_at_once_lose_nothing_and_store_no_text_twice()
    {
        // Two hosts, two connections, two writers: what two `sportsbot ingest` processes are.
        await using var first = await TestHost.StartAsync(null);
        await using var second = await TestHost.StartAsync(null, new Dictionary<string, string?> { ["Storage:DatabasePath"] = first.DatabasePath });
        const int Names = 6;
        const int SharedTexts = 3;

        // The same file names with different texts, then the same texts under different names.
        var fromFirst = Enumerable.Range(0, Names).Select(n => ($"same-{n:000}.md", Body("Alpha News", n)))
            .Concat(Enumerable.Range(0, SharedTexts).Select(n => ($"alpha-copy-{n}.md", Body("Agency wire", n))));
        var fromSecond = Enumerable.Range(0, Names).Select(n => ($"same-{n:000}.md", Body("Beta Daily", n)))
            .Concat(Enumerable.Range(0, SharedTexts).Select(n => ($"beta-copy-{n}.md", Body("Agency wire", n))));

        // Each on its own thread: the store and the model answer synchronously, so awaiting alone would run them one after the other.
        var results = await Task.WhenAll(Task.Run(() => IngestAllAsync(first, fromFirst)), Task.Run(() => IngestAllAsync(second, fromSecond)));

        var stored = await first.Get<IKnowledgeStore>().ListAsync(0, 100, CancellationToken.None);
        var added = results.SelectMany(r => r).Where(r => r.Status == IngestStatus.Added).ToList();
        Assert.Equal((2 * Names) + SharedTexts, stored.Count);
        Assert.Equal(stored.Count, added.Count);
        Assert.Equal(stored.Count, stored.Select(a => a.ContentHash).Distinct().Count());
        foreach (var result in added)
        {
            // Every "Added" a writer reported is in the store under that id, with that text.
            var article = Assert.Single(stored, a => a.Id == result.Article.Id);
            Assert.Equal(result.Article.ContentHash, article.ContentHash);
        }

        for (var n = 0; n < SharedTexts; n++)
        {
            var copies = results.SelectMany(r => r).Where(r => r.Article.Body.StartsWith($"Agency wire reported on Tuesday that federation decision number {n} ", StringComparison.Ordinal)).ToList();
            Assert.Single(copies, c => c.Status == IngestStatus.Added);
            Assert.Single(copies, c => c.Status == IngestStatus.Duplicate && c.Describe().StartsWith("Already in the knowledge base", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_new_article_whose_link_another_writer_stored_a_moment_earlier_is_refused_by_the_store_and_nothing_changes()
    {
        // Two processes fetching one page can get slightly different text (a "3 minutes ago" line), so the unique
        // text hash does not catch them; the link is checked in the same write transaction.
        await using var host = await TestHost.StartAsync(null);
        var draft = host.Get<ArticleParser>().Parse("page.md", Encoding.UTF8.GetBytes(Articles.Markdown("Decision reported from a page", "2023-05-01", Body("Alpha News", 1), url: "https://example.org/decision")));
        var first = await host.Get<KnowledgeWriter>().IngestAsync(new IngestRequest(draft, "shell", "cli:page.md"), CancellationToken.None);
        Assert.Equal(IngestStatus.Added, first.Status);
        var store = host.Get<IKnowledgeStore>();

        var fetchedAgain = first.Article with { Id = new ArticleId("decision-reported-from-a-page-2"), Body = Body("Alpha News", 2), ContentHash = "another-fetch" };
        var conflict = await Assert.ThrowsAsync<ArticleConflictException>(() => store.AddAsync(fetchedAgain, [], [], CancellationToken.None));

        Assert.Equal(ArticleConflict.SameLink, conflict.Kind);
        Assert.Equal(first.Article.Id, conflict.Existing.Id);
        Assert.Equal([first.Article.Id], (await store.ListAsync(0, 10, CancellationToken.None)).Select(a => a.Id));
    }

    /// <summary>What <c>sportsbot ingest</c> of several files does: read ahead, embed together, store one by one.</summary>
    private static async Task<List<IngestResult>> BatchAsync(TestHost host, IEnumerable<(string File, string Body)> files)
    {
        var items = files.Select(f => new IngestItem(f.File, _ => Task.FromResult(new IngestRequest(
            host.Get<ArticleParser>().Parse(f.File, Encoding.UTF8.GetBytes(Articles.Markdown($"Decision reported as {f.File}", "2023-05-01", f.Body))), "shell", $"cli:{f.File}"))));
        var outcomes = await host.Get<BatchIngest>().IngestAsync([.. items], null, null, CancellationToken.None);
        return [.. outcomes.Select(o => o.Result!)];
    }

    [Fact]
    public async Task Batch_ingests_in_two_processes_beside_a_moderator_lose_nothing_and_store_no_text_twice()
    {
        await using var first = await TestHost.StartAsync(null);
        await using var second = await TestHost.StartAsync(null, new Dictionary<string, string?> { ["Storage:DatabasePath"] = first.DatabasePath });
        const int Names = 6;
        const int SharedTexts = 3;

        var fromFirst = Enumerable.Range(0, Names).Select(n => ($"same-{n:000}.md", Body("Alpha News", n)))
            .Concat(Enumerable.Range(0, SharedTexts).Select(n => ($"alpha-copy-{n}.md", Body("Agency wire", n))));
        var fromSecond = Enumerable.Range(0, Names).Select(n => ($"same-{n:000}.md", Body("Beta Daily", n)))
            .Concat(Enumerable.Range(0, SharedTexts).Select(n => ($"beta-copy-{n}.md", Body("Agency wire", n))));

        // In the first process a moderator adds the same wire texts one by one while its batch runs.
        var fromChat = Enumerable.Range(0, SharedTexts).Select(n => ($"chat-copy-{n}.md", Body("Agency wire", n)));

        var results = await Task.WhenAll(
            Task.Run(() => BatchAsync(first, fromFirst)),
            Task.Run(() => BatchAsync(second, fromSecond)),
            Task.Run(() => IngestAllAsync(first, fromChat)));

        var stored = await first.Get<IKnowledgeStore>().ListAsync(0, 100, CancellationToken.None);
        var added = results.SelectMany(r => r).Where(r => r.Status == IngestStatus.Added).ToList();
        Assert.Equal((2 * Names) + SharedTexts, stored.Count);
        Assert.Equal(stored.Count, added.Count);
        Assert.Equal(stored.Count, stored.Select(a => a.ContentHash).Distinct().Count());
        foreach (var result in added)
        {
            var article = Assert.Single(stored, a => a.Id == result.Article.Id);
            Assert.Equal(result.Article.ContentHash, article.ContentHash);
        }

        for (var n = 0; n < SharedTexts; n++)
        {
            var copies = results.SelectMany(r => r).Where(r => r.Article.Body.StartsWith($"Agency wire reported on Tuesday that federation decision number {n} ", StringComparison.Ordinal)).ToList();
            Assert.Single(copies, c => c.Status == IngestStatus.Added);
            Assert.Equal(2, copies.Count(c => c.Status == IngestStatus.Duplicate && c.Describe().StartsWith("Already in the knowledge base", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Two_moderators_adding_articles_with_the_same_headline_at_once_both_keep_theirs()
    {
        await using var host = await TestHost.StartAsync(null);
        var chat = host.Get<ChatService>();
        var moderators = new[] { ChatScript.Admin("first"), ChatScript.Admin("second") };

        var replies = await Task.WhenAll(moderators.Select((moderator, i) => Task.Run(() =>
            new ChatScript(chat).AskAsync(moderator, $"/kb add Federation decision\n\n{Body(i == 0 ? "Alpha News" : "Beta Daily", 1)}"))));

        var stored = await host.Get<IKnowledgeStore>().ListAsync(0, 10, CancellationToken.None);
        Assert.All(replies, r => Assert.StartsWith("Added \"Federation decision\"", r));
        Assert.Equal(["federation-decision", "federation-decision-2"], stored.Select(a => a.Id.Value).Order());
    }

    [Fact]
    public async Task An_older_database_holding_the_same_text_twice_keeps_the_first_copy_and_then_refuses_copies()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        using (var old = new SQLiteConnection(path))
        {
            old.CreateTable<ArticleRow>();
            old.Insert(new ArticleRow { Id = "first", Title = "T", Body = "B", ContentHash = "same", AddedAtUnixMs = 1, Url = "https://editor:secret@news.example/a" });
            old.Insert(new ArticleRow { Id = "second", Title = "T", Body = "B", ContentHash = "same", AddedAtUnixMs = 2 });
        }

        using var db = new SqliteDatabase(Options.Create(new StorageOptions { DatabasePath = path }));
        var store = new SqliteKnowledgeStore(db);

        Assert.Equal(1, await store.CountAsync(CancellationToken.None));
        Assert.Equal("https://news.example/a", (await store.GetAsync(new ArticleId("first"), CancellationToken.None))!.Url);
        Assert.Null(await store.GetAsync(new ArticleId("second"), CancellationToken.None));
        Assert.Throws<SQLiteException>(() => db.Use(c => c.Insert(new ArticleRow { Id = "third", Title = "T", Body = "B", ContentHash = "same" })));
    }
}
