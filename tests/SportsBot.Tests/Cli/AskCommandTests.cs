using System.Text.Json;
using SportsBot.Cli;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Cli;

/// <summary>The <c>ask</c> verb as other tools use it. The bundled knowledge is indexed into one file for the class.</summary>
public sealed class AskCommandTests : IClassFixture<AskCommandTests.IndexedDatabase>
{
    private readonly IndexedDatabase _db;

    public AskCommandTests(IndexedDatabase db) => _db = db;

    private Task<CliRun> AskAsync(params string[] args) =>
        CliRun.RunAsync(["ask", .. args, "--db", _db.Path, "--knowledge", BundledKnowledgeFixture.KnowledgeDirectory]);

    [Fact]
    public async Task Json_output_is_exactly_one_object_with_the_documented_fields()
    {
        var run = await AskAsync("Can Belarusian athletes compete at Paris 2024?", "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["question", "known", "answer", "asOf", "mode", "citations", "elapsedMs"], root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("known").GetBoolean());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("asOf").GetString());
        Assert.Equal("extractive", root.GetProperty("mode").GetString());
        Assert.Contains("Individual Neutral Athletes", root.GetProperty("answer").GetString());

        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["n", "title", "source", "url", "published", "articleId", "quote", "score"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, citation.GetProperty("n").GetInt32());
        // The answer is as of its lead source, listed first.
        Assert.Equal(root.GetProperty("asOf").GetString(), citation.GetProperty("published").GetString());
        Assert.Equal("SportsBot Newsroom", citation.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, citation.GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task An_uncovered_question_gives_known_false_and_no_citations()
    {
        var run = await AskAsync("Who won the 2030 World Cup?", "--json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("known").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("citations").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("asOf").ValueKind);
    }

    [Fact]
    public async Task Text_output_has_a_numbered_source_list_with_outlet_and_date()
    {
        var run = await AskAsync("Why was the Russian Olympic Committee suspended?");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\n\nSources:\n[1] ", run.Out);
        Assert.Contains("— SportsBot Newsroom, ", run.Out);
    }

    [Fact]
    public async Task An_empty_question_is_bad_usage_with_a_one_line_reason_and_no_answer()
    {
        var run = await AskAsync("  ");

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("Please ask a question", run.Error);
    }

    [Fact]
    public async Task A_ten_thousand_character_question_is_bad_usage()
    {
        var run = await AskAsync(new string('x', 10_000), "--json");

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("10000 characters", run.Error);
    }

    [Fact]
    public async Task A_database_in_a_folder_that_does_not_exist_is_bad_usage_and_creates_nothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sportsbot-tests", "no-such-folder-" + Guid.NewGuid().ToString("N"), "kb.db");

        var run = await CliRun.RunAsync("ask", "Is Russia banned?", "--db", missing);

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Fact]
    public async Task A_missing_question_argument_is_bad_usage()
    {
        var run = await CliRun.RunAsync("ask");

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Contains("--help", run.Error);
    }

    public sealed class IndexedDatabase : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();

        public string Path => _folder.File("kb.db");

        public async Task InitializeAsync()
        {
            // The first run indexes the bundled folder; every test after it finds nothing to do.
            var run = await CliRun.RunAsync("ask", "warm up", "--db", Path, "--knowledge", BundledKnowledgeFixture.KnowledgeDirectory);
            Assert.Equal(ExitCodes.Success, run.ExitCode);
        }

        public Task DisposeAsync()
        {
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
