using Microsoft.Extensions.Options;
using SportsBot.Cli;
using SportsBot.Infrastructure.Storage;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("kb.db");

    public void Dispose() => _folder.Dispose();

    private Task<CliRun> IngestAsync(params string[] paths) => CliRun.RunAsync(["ingest", .. paths, "--db", Db]);

    private async Task<int> ArticleCountAsync()
    {
        using var db = new SqliteDatabase(Options.Create(new StorageOptions { DatabasePath = Db }));
        return await new SqliteKnowledgeStore(db).CountAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_folder_of_articles_is_ingested_with_one_line_per_file()
    {
        _folder.Write("in/ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        _folder.Write("in/review.txt", "IIHF review\n\n" + Articles.ReturnBody);

        var run = await IngestAsync(_folder.File("in"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"Added ""IIHF suspends Russia and Belarus"" as #\d+ \(\d+ passages?\)", run.Out);
        Assert.Contains("2 of 2 ingested.", run.Out);
        Assert.Equal(2, await ArticleCountAsync());
    }

    [Fact]
    public async Task Adding_the_same_article_again_says_it_is_already_there_and_changes_nothing()
    {
        var path = _folder.Write("ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        await IngestAsync(path);

        var again = await IngestAsync(path);

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Matches(@"Already in the knowledge base as #\d+ \(""IIHF suspends Russia and Belarus""\)", again.Out);
        Assert.Equal(1, await ArticleCountAsync());
    }

    [Fact]
    public async Task Binary_and_foreign_files_in_a_folder_are_refused_or_skipped_and_the_store_keeps_only_the_good_one()
    {
        _folder.Write("mixed/good.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        File.WriteAllBytes(_folder.File("mixed/photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]);
        File.WriteAllBytes(_folder.File("mixed/disguised.txt"), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0]);

        var run = await IngestAsync(_folder.File("mixed"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("skipping 1 files that are not .md, .txt or .html", run.Error);
        Assert.Contains("disguised.txt: this is a binary file, not a text article.", run.Error);
        Assert.Contains("1 of 2 ingested, 1 refused.", run.Out);
        Assert.Equal(1, await ArticleCountAsync());
    }

    [Theory]
    [InlineData("empty.md", "", "the file is empty")]
    [InlineData("broken.md", "---\ntitle: No end\nBody without the closing marker.", "never ends")]
    [InlineData("bad-date.md", "---\ntitle: T\npublished: 31/31/2023\n---\nSome body text that is long enough to be an article about sport and politics today.", "YYYY-MM-DD")]
    public async Task A_bad_article_file_gets_a_clear_message_and_leaves_the_store_empty(string name, string content, string expected)
    {
        var path = _folder.Write(name, content);

        var run = await IngestAsync(path);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Equal(0, await ArticleCountAsync());
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_bad_usage()
    {
        var run = await IngestAsync(_folder.File("nope.md"));

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Contains("no such file or folder", run.Error);
    }
}
