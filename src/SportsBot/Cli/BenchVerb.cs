using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Evaluation;
using SportsBot.Hosting;

namespace SportsBot.Cli;

/// <summary><c>bench [--articles N] [--scales LIST] [--asks N] [--soak N] [--json]</c>: speed, size and memory on this machine.</summary>
public sealed class BenchVerb
{
    private readonly Option<int> _articles = new("--articles") { Description = "Generated articles to ingest with the real model", DefaultValueFactory = _ => 200, HelpName = "N" };
    private readonly Option<string> _scales = new("--scales") { Description = "Store sizes, in articles, to measure ask latency at (issue scale: 1000,10000,100000)", DefaultValueFactory = _ => "1000,10000", HelpName = "LIST" };
    private readonly Option<int> _asks = new("--asks") { Description = "Questions asked at each scale, timed after the warm-up a running bot does at start", DefaultValueFactory = _ => 100, HelpName = "N" };
    private readonly Option<int> _soak = new("--soak") { Description = "Also ask N questions in one process at 10,000 articles and report memory at start and end (0: skip)", DefaultValueFactory = _ => 0, HelpName = "N" };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object" };

    public BenchVerb(VerbHost verbHost)
    {
        Command = new Command("bench", "Measure speed on this machine: first start, ingest throughput, ask latency by stage, disk and memory as the store grows");
        Command.Options.Add(_articles);
        Command.Options.Add(_scales);
        Command.Options.Add(_asks);
        Command.Options.Add(_soak);
        Command.Options.Add(_json);
        Command.SetAction(async (parse, ct) =>
        {
            var console = verbHost.Console;
            var articles = parse.GetValue(_articles);
            var asks = parse.GetValue(_asks);
            var soak = parse.GetValue(_soak);
            var scales = ParseScales(parse.GetValue(_scales) ?? string.Empty);
            if (articles is < 1 or > 100_000)
            {
                throw new UsageException($"--articles {articles}: use 1 to 100000.");
            }

            if (asks is < 1 or > 100_000)
            {
                throw new UsageException($"--asks {asks}: use 1 to 100000.");
            }

            if (soak is < 0 or > 1_000_000)
            {
                throw new UsageException($"--soak {soak}: use 0 to 1000000.");
            }

            // This host only supplies configuration and the loaded model; bench opens its own stores.
            using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: false, ct);
            var knowledge = KnowledgeBootstrapper.ResolveFolder(host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Directory);
            var work = Directory.CreateTempSubdirectory("sportsbot-bench-");
            try
            {
                var settings = new BenchSettings(articles, scales, asks, knowledge, work.FullName, soak);
                var report = await host.Services.GetRequiredService<BenchRunner>().RunAsync(settings, line => console.Error.WriteLine($"bench: {line}"), ct);
                await console.Out.WriteLineAsync(parse.GetValue(_json) ? EvalJson.Serialize(report) : BenchTableRenderer.Render(report));
            }
            finally
            {
                work.Delete(recursive: true);
            }

            await host.StopAsync(ct);
            return ExitCodes.Success;
        });
    }

    public Command Command { get; }

    private static List<int> ParseScales(string text)
    {
        var scales = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 1_000_000)
            {
                throw new UsageException($"--scales {text}: \"{part}\" is not an article count from 1 to 1000000.");
            }

            scales.Add(n);
        }

        return scales.Count == 0 ? throw new UsageException("--scales: give at least one article count, e.g. 1000,10000.") : [.. scales.Distinct()];
    }
}
