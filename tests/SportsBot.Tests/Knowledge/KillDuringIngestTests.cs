using System.Diagnostics;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Evaluation;
using SportsBot.Infrastructure.Storage;
using SportsBot.Infrastructure.Vectors;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Knowledge;

/// <summary>
/// <c>sportsbot ingest</c> killed with SIGKILL part-way through a folder: whatever it managed to store is whole
/// (article, chunks, full-text rows, sentence vectors), the vector file catches up at the next start, and running
/// the same ingest again stores the rest exactly once.
/// </summary>
public sealed class KillDuringIngestTests
{
    /// <summary>
    /// Enough for several of the batch's embedding rounds: a round's articles are stored within milliseconds of each
    /// other, so with one or two rounds the kill could land after the last (it did, once, on a loaded CI machine).
    /// </summary>
    private const int ArticleCount = 20;

    [Fact]
    public async Task A_killed_ingest_leaves_every_stored_article_whole_and_a_rerun_finishes_the_job()
    {
        using var folder = new TempFolder();
        var corpus = new SyntheticCorpus(7);
        for (var i = 0; i < ArticleCount; i++)
        {
            folder.Write($"articles/a{i:D2}.md", corpus.Markdown($"a{i:D2}"));
        }

        var db = folder.File("kb.db");
        await KillMidIngestAsync(folder.File("articles"), db);

        await using (var host = await TestHost.StartAsync(null, new Dictionary<string, string?> { ["Storage:DatabasePath"] = db }))
        {
            var stored = await host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None);
            Assert.InRange(stored, 1, ArticleCount - 1);
            AssertWhole(host, stored);
        }

        var rerun = await CliRun.RunAsync("ingest", folder.File("articles"), "--db", db);
        Assert.True(rerun.ExitCode == 0, rerun.Error);

        await using var after = await TestHost.StartAsync(null, new Dictionary<string, string?> { ["Storage:DatabasePath"] = db });
        Assert.Equal(ArticleCount, await after.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
        AssertWhole(after, ArticleCount);
        var last = (await after.Get<IKnowledgeStore>().GetAsync(new ArticleId($"a{ArticleCount - 1:D2}"), CancellationToken.None))!;
        var found = await after.Get<IRetriever>().RetrieveAsync(last.Title, CancellationToken.None);
        Assert.Equal(last.Id, found.Passages[0].Article.Id);
    }

    /// <summary>Starts the real program on the folder and kills it (SIGKILL) once it has stored its first articles.</summary>
    private static async Task KillMidIngestAsync(string articles, string db)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        // The test's own dependency and runtime files: its output holds the program but gets ASP.NET's shared framework.
        string[] args =
        [
            "exec", "--depsfile", Path.Combine(AppContext.BaseDirectory, "SportsBot.Tests.deps.json"),
            "--runtimeconfig", Path.Combine(AppContext.BaseDirectory, "SportsBot.Tests.runtimeconfig.json"),
            Path.Combine(AppContext.BaseDirectory, "sportsbot.dll"), "ingest", articles, "--db", db,
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        child.StandardInput.Close();
        var errors = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEndAsync();
        // The vector file gets rows once the first article is committed; watching it leaves the database alone.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!(File.Exists(db + ".vectors") && new FileInfo(db + ".vectors").Length > VectorFile.HeaderBytes) && !child.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        if (child.HasExited)
        {
            Assert.Fail("ingest finished before it could be killed: " + await errors + await output);
        }

        // As an operator would: kill -9, no chance to clean up.
        using (var kill = Process.Start("kill", ["-9", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await child.WaitForExitAsync();
        Assert.NotEqual(0, child.ExitCode);
    }

    private static void AssertWhole(TestHost host, int articles)
    {
        var db = host.Get<SqliteDatabase>();
        var index = host.Get<IVectorIndex>();
        index.EnsureCurrentAsync(CancellationToken.None).GetAwaiter().GetResult();
        db.Use(c =>
        {
            Assert.Equal(0, c.ExecuteScalar<int>("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM chunks WHERE ArticleId = a.Id)"));
            Assert.Equal(0, c.ExecuteScalar<int>("SELECT count(*) FROM chunks WHERE ArticleId NOT IN (SELECT Id FROM articles)"));
            Assert.Equal(0, c.ExecuteScalar<int>("SELECT count(*) FROM chunks WHERE Id NOT IN (SELECT rowid FROM chunks_fts)"));
            Assert.Equal(0, c.ExecuteScalar<int>("SELECT count(*) FROM chunks_fts WHERE rowid NOT IN (SELECT Id FROM chunks)"));
            Assert.Equal(articles, c.ExecuteScalar<int>("SELECT count(DISTINCT ArticleId) FROM sentence_vectors"));
            Assert.Equal(c.ExecuteScalar<int>("SELECT count(*) FROM chunks"), index.Count);
            return 0;
        });
    }
}
