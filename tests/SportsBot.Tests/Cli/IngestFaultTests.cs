using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SportsBot.Cli;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Storage;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Cli;

/// <summary><c>ingest</c> and the folder sync against the file system at its worst: link loops, huge files, NULs, unreadable files, Ctrl+C.</summary>
public sealed class IngestFaultTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("kb.db");

    public void Dispose() => _folder.Dispose();

    private Task<CliRun> IngestAsync(params string[] paths) => CliRun.RunAsync(["ingest", .. paths, "--db", Db]);

    private async Task<IReadOnlyList<Article>> StoredAsync()
    {
        using var db = new SqliteDatabase(Options.Create(new StorageOptions { DatabasePath = Db }));
        return await new SqliteKnowledgeStore(db).ListAsync(0, 1000, CancellationToken.None);
    }

    private static string Article(int n) => Articles.Markdown($"Federation decision number {n}", "2023-05-01",
        $"The federation announced decision number {n} on Tuesday after a long meeting of its executive board in Lausanne. " +
        $"Decision {n} concerns athletes from {n} member nations and takes effect at the start of next season, the federation said.");

    /// <summary>in/ holds two articles and three folder links: back to itself, back to its parent, and out of the tree.</summary>
    private string FolderWithLinkLoops()
    {
        _folder.Write("in/a.md", Article(1));
        _folder.Write("in/sub/b.md", Article(2));
        _folder.Write("elsewhere/c.md", Article(3));
        Directory.CreateSymbolicLink(_folder.File("in/sub/loop"), _folder.File("in/sub"));
        Directory.CreateSymbolicLink(_folder.File("in/sub/up"), _folder.File("in"));
        Directory.CreateSymbolicLink(_folder.File("in/out"), _folder.File("elsewhere"));
        return _folder.File("in");
    }

    [Fact]
    public async Task Folder_links_that_loop_or_leave_the_tree_are_not_followed_and_each_real_folder_is_read_once()
    {
        var run = await IngestAsync(FolderWithLinkLoops()).WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("2 of 2 ingested.", run.Out);
        Assert.Contains("a link to the folder", run.Error);
        Assert.Equal(["Federation decision number 1", "Federation decision number 2"], (await StoredAsync()).Select(a => a.Title).Order());
    }

    [Fact]
    public async Task The_knowledge_folder_sync_does_not_follow_folder_links_either()
    {
        var folder = FolderWithLinkLoops();

        await using var host = await TestHost.StartAsync(folder).WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(2, await host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_file_over_the_size_cap_is_refused_with_its_size_unread_and_the_folder_sync_skips_it_too()
    {
        _folder.Write("in/big.txt", "A very long article\n\n" + string.Concat(Enumerable.Repeat("The federation met again and said the same thing at length. ", 60_000)));
        _folder.Write("in/small.md", Article(1));

        var run = await IngestAsync(_folder.File("in"));
        await using var host = await TestHost.StartAsync(_folder.File("in"));
        var sync = await host.Get<KnowledgeFolderSync>().SyncAsync(_folder.File("in"), null, CancellationToken.None);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("big.txt: 3.4 MB is more than the 2 MB an article file may have (Knowledge:MaxPageBytes).", run.Error);
        Assert.Contains("1 of 2 ingested, 1 refused.", run.Out);
        Assert.Contains("big.txt: 3.4 MB is more than the 2 MB an article file may have (Knowledge:MaxPageBytes).", sync.Failures);
    }

    [Fact]
    public async Task A_nul_byte_far_into_a_file_marks_it_binary_and_nothing_is_stored()
    {
        var text = Encoding.UTF8.GetBytes("A long article\n\n" + string.Concat(Enumerable.Repeat("The federation met and said it would review the suspension. ", 200)));
        File.WriteAllBytes(_folder.File("late-nul.txt"), [.. text, 0, .. "and the rest of the file"u8]);

        var run = await IngestAsync(_folder.File("late-nul.txt"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"late-nul.txt: this is a binary file, not a text article. It has a NUL byte at byte {text.Length + 1:N0}.", run.Error);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task An_unreadable_file_is_reported_and_the_files_before_and_after_it_are_still_ingested()
    {
        _folder.Write("in/a.md", Article(1));
        File.CreateSymbolicLink(_folder.File("in/b.md"), _folder.File("gone.md"));
        _folder.Write("in/c.md", Article(3));

        var run = await IngestAsync(_folder.File("in"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("a.md: Added", run.Out);
        Assert.Contains("c.md: Added", run.Out);
        Assert.Contains("b.md: cannot be read", run.Error);
        Assert.Contains("2 of 3 ingested, 1 refused.", run.Out);
        Assert.Equal(2, (await StoredAsync()).Count);
    }

    [Fact]
    public async Task Ctrl_c_while_the_model_runs_stops_the_batch_with_how_many_were_ingested_and_stores_only_those()
    {
        for (var i = 1; i <= 6; i++)
        {
            _folder.Write($"in/{i}.md", Article(i));
        }

        using var ctrlC = new CancellationTokenSource();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(new StringReader(string.Empty), stdout, stderr, IsInteractive: false);

        // Ctrl+C lands while the model embeds the fourth article, as it does when a person presses it mid-batch. The model
        // embeds several articles per call, so how many before it were already stored depends on how they were grouped.
        var code = await SportsBotCli.RunAsync(["ingest", _folder.File("in"), "--db", Db], console, services =>
        {
            TestHost.UseSharedModel(services);
            services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new InterruptingGenerator(SharedModel.Generator, ctrlC, "decision number 4 "));
        }, ctrlC.Token);

        Assert.Equal(ExitCodes.Failure, code);
        var summary = System.Text.RegularExpressions.Regex.Match(stdout.ToString(), @"stopped, (\d) of 6 ingested\.");
        Assert.True(summary.Success, stdout.ToString());
        var ingested = int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(ingested, 0, 3);
        Assert.DoesNotContain("OnnxRuntime", stderr.ToString());
        var stored = await StoredAsync();
        Assert.Equal(ingested, stored.Count);
        Assert.Equal(ingested, stdout.ToString().Split('\n').Count(l => l.Contains(": Added", StringComparison.Ordinal)));
        Assert.All(stored, a => Assert.Contains($"Added \"{a.Title}\"", stdout.ToString(), StringComparison.Ordinal));
    }

    /// <summary>Presses Ctrl+C when the model is first asked to embed a text containing <paramref name="marker"/>.</summary>
    private sealed class InterruptingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, CancellationTokenSource ctrlC, string marker)
        : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var texts = values.ToList();
            if (texts.Any(t => t.Contains(marker, StringComparison.Ordinal)))
            {
                ctrlC.Cancel();
            }

            return inner.GenerateAsync(texts, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => inner.GetService(serviceType, serviceKey);

        public void Dispose()
        {
        }
    }
}
