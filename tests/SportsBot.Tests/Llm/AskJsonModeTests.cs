using Microsoft.Extensions.DependencyInjection;
using SportsBot.Cli;
using SportsBot.Core.Answering;
using SportsBot.Rendering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Llm;

/// <summary><c>ask --json</c> says whether the model wrote the answer, and why not when it fell back.</summary>
[Collection(BundledKnowledgeCollection.Name)]
public sealed class AskJsonModeTests(BundledKnowledgeFixture fixture) : IDisposable
{
    private const string Question = "Can Belarusian athletes compete at Paris 2024?";

    private readonly FakeOpenAiServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Ask_json_reports_mode_llm_when_the_model_wrote_the_answer()
    {
        _server.ReplyTo(r => $"As of 8 December 2023, Belarusians who qualify may compete as Individual Neutral Athletes [{r.SourcesSaying("published: 8 December 2023").Single()}].");

        var (exitCode, json, raw) = await AskJsonAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal("llm", json.Mode);
        Assert.Null(json.FallbackReason);
        Assert.DoesNotContain("fallbackReason", raw);
        Assert.Equal("As of 8 December 2023, Belarusians who qualify may compete as Individual Neutral Athletes. [1]", json.Answer);
        Assert.Equal("2023-12-08", json.AsOf);
        Assert.Equal("ioc-paris-2024-ain-decision-2023-12", json.Citations[0].ArticleId);
    }

    [Fact]
    public async Task Ask_json_reports_mode_extractive_and_the_fallback_reason_when_the_model_failed()
    {
        _server.Fail(500);

        var (exitCode, json, raw) = await AskJsonAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal("extractive", json.Mode);
        Assert.Contains("\"fallbackReason\": \"the model server failed (HTTP 500)\"", raw);
        Assert.True(json.Known);
        Assert.NotEqual(Answer.NotCoveredText, json.Answer);
        Assert.NotEmpty(json.Citations);
    }

    private async Task<(int ExitCode, AskJson Json, string Raw)> AskJsonAsync()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await SportsBotCli.RunAsync(
            ["ask", Question, "--json", "--db", fixture.Host.DatabasePath, "--knowledge", BundledKnowledgeFixture.KnowledgeDirectory],
            new CliConsole(TextReader.Null, stdout, stderr, IsInteractive: false),
            services =>
            {
                TestHost.UseSharedModel(services);
                services.Configure<LlmOptions>(o =>
                {
                    o.Provider = LlmProvider.OpenAI;
                    o.Endpoint = _server.BaseUrl;
                    o.Model = LlmTestHost.Model;
                });
            },
            CancellationToken.None);
        var raw = stdout.ToString();
        Assert.True(exitCode == 0, stderr.ToString());
        return (exitCode, AskJson.Parse(raw)!, raw);
    }
}
