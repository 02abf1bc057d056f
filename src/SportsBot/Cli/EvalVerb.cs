using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Knowledge;
using SportsBot.Evaluation;
using SportsBot.Infrastructure.Storage;

namespace SportsBot.Cli;

/// <summary><c>eval --articles DIR --questions FILE.jsonl [--json]</c>: answer quality of four retrievers side by side.</summary>
public sealed class EvalVerb
{
    private readonly Option<string> _articles = new("--articles") { Description = "Folder of articles to index into a fresh temporary store", HelpName = "DIR", Required = true };
    private readonly Option<string> _questions = new("--questions") { Description = "Questions, one JSON object a line: id, question, expected, must_mention, kind", HelpName = "FILE", Required = true };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object with a row per retriever" };

    public EvalVerb(VerbHost verbHost)
    {
        Command = new Command("eval", "Measure answer quality: keyword only, vector only, the shipped hybrid and a Lucene BM25 baseline, side by side");
        Command.Options.Add(_articles);
        Command.Options.Add(_questions);
        Command.Options.Add(_json);
        Command.SetAction(async (parse, ct) =>
        {
            var console = verbHost.Console;
            var articles = parse.GetValue(_articles)!;
            if (!Directory.Exists(articles))
            {
                throw new UsageException($"--articles {articles}: no such folder.");
            }

            IReadOnlyList<EvalQuestion> questions;
            try
            {
                questions = EvalQuestionSet.Load(parse.GetValue(_questions)!);
            }
            catch (FormatException ex)
            {
                throw new UsageException(ex.Message);
            }

            var work = Directory.CreateTempSubdirectory("sportsbot-eval-");
            try
            {
                var report = await RunAsync(verbHost, parse, Path.GetFullPath(articles), work.FullName, questions, ct);
                await console.Out.WriteLineAsync(parse.GetValue(_json) ? EvalJson.Serialize(report) : EvalTableRenderer.Render(report));
                return ExitCodes.Success;
            }
            finally
            {
                work.Delete(recursive: true);
            }
        });
    }

    public Command Command { get; }

    private static async Task<EvalReport> RunAsync(VerbHost verbHost, ParseResult parse, string articles, string workFolder, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        // A fresh store of exactly DIR, whatever --db, --knowledge or appsettings say.
        using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: true, cancellationToken, builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)}"] = Path.Combine(workFolder, "eval.db"),
            [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.Directory)}"] = articles,
            [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.SyncOnStart)}"] = "true",
        }));

        var runner = host.Services.GetRequiredService<EvalRunner>();
        var unknown = await runner.UnknownArticleKeysAsync(questions, cancellationToken);
        if (unknown.Count > 0)
        {
            throw new UsageException($"The questions expect articles that are not in {articles}: {string.Join(", ", unknown)}.");
        }

        var console = verbHost.Console;
        try
        {
            var report = await ProgressDisplay.RunAsync(console, console.Error, "Asking", p => runner.RunAsync(questions, p, cancellationToken));
            await host.StopAsync(cancellationToken);
            return report;
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
