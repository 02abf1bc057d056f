using System.Text.Json;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Evaluation;

public sealed class BenchVerbTests
{
    [Fact]
    public async Task Bench_json_reports_first_start_ingest_and_every_stage_at_a_tiny_scale()
    {
        using var corpus = new TinyCorpus();

        // Its own process: bench starts the program again to measure a bot's memory on the store it built.
        var (exitCode, output, error) = await SportsBotProcess.RunAsync(
            corpus.Articles, null, "bench", "--articles", "2", "--scales", "6", "--asks", "4", "--json", "--knowledge", corpus.Articles, "--db", corpus.File("unused.db"));

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("machine").GetProperty("cores").GetInt32() >= 1);

        var start = root.GetProperty("firstStart");
        Assert.Equal(3, start.GetProperty("cold").GetProperty("articles").GetInt32());
        Assert.Equal(3, start.GetProperty("warm").GetProperty("articles").GetInt32());
        Assert.True(start.GetProperty("diskBytes").GetInt64() > 0);

        var ingest = root.GetProperty("ingest");
        Assert.Equal(2, ingest.GetProperty("articles").GetInt32());
        Assert.True(ingest.GetProperty("chunks").GetInt32() >= 2);
        Assert.InRange(ingest.GetProperty("modelShare").GetDouble(), 0.0, 1.0);
        Assert.True(ingest.GetProperty("texts").GetInt64() > ingest.GetProperty("chunks").GetInt32(), "sentences are embedded at ingest too");
        Assert.True(ingest.GetProperty("modelAloneSeconds").GetDouble() > 0);
        Assert.True(ingest.GetProperty("throughputVsModel").GetDouble() > 0);

        var scale = Assert.Single(root.GetProperty("scales").EnumerateArray());
        Assert.Equal(6, scale.GetProperty("articles").GetInt32());
        Assert.Equal(2, scale.GetProperty("modelArticles").GetInt32());
        Assert.Equal(4, scale.GetProperty("syntheticArticles").GetInt32());
        Assert.True(scale.GetProperty("chunks").GetInt32() >= 6);
        Assert.True(scale.GetProperty("diskBytes").GetInt64() > 0);
        Assert.True(scale.GetProperty("benchAnsweringPeakBytes").GetInt64() > 0);
        if (OperatingSystem.IsLinux())
        {
            Assert.True(scale.GetProperty("botPeakBytes").GetInt64() > 0, "a bot of its own answered on the bench store");
        }

        var stages = scale.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["query embedding", "keyword search", "vector search", "fusion", "answer composition", "total"], stages.Select(s => s.GetProperty("stage").GetString()));
        Assert.All(stages, s =>
        {
            Assert.True(s.GetProperty("p50Ms").GetDouble() >= 0);
            Assert.True(s.GetProperty("p50Ms").GetDouble() <= s.GetProperty("p95Ms").GetDouble());
            Assert.True(s.GetProperty("p95Ms").GetDouble() <= s.GetProperty("p99Ms").GetDouble());
        });
    }

    [Theory]
    [InlineData("--scales", "1000,lots")]
    [InlineData("--articles", "0")]
    [InlineData("--soak", "-1")]
    public async Task Bad_bench_options_are_refused_with_a_reason(string option, string value)
    {
        var (exitCode, _, error) = await InProcessCli.RunAsync("bench", option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(option, error);
    }
}
