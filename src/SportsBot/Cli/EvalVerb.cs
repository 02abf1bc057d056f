using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Evaluation;
using SportsBot.Infrastructure.Storage;

namespace SportsBot.Cli;

/// <summary>
/// <c>eval --articles DIR... --questions FILE.jsonl... [--retriever NAME...] [--json]</c>: answer quality of up to four
/// retrievers side by side, for each question file (the tuning set and the held-out set) over one store.
/// </summary>
public sealed class EvalVerb
{
    private readonly Option<string[]> _articles = new("--articles") { Description = "Folder of articles to index into a fresh temporary store (repeat for several)", HelpName = "DIR", Required = true, AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _questions = new("--questions") { Description = "Questions, one JSON object a line: id, question, expected, must_mention, kind (repeat for several sets, reported side by side)", HelpName = "FILE", Required = true, AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _retrievers = new("--retriever") { Description = $"Only these retrievers ({string.Join(", ", EvalRunner.RetrieverNames)}); all four by default", HelpName = "NAME", AllowMultipleArgumentsPerToken = true };
    private readonly Option<int> _distractors = new("--distractors") { Description = "Generated articles (text and random vectors, as bench makes them) added after the real ones, to measure answers in a large store; 0 by default", HelpName = "N" };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object with a row per retriever" };

    public EvalVerb(VerbHost verbHost)
    {
        Command = new Command("eval", "Measure answer quality: keyword only, vector only, the shipped hybrid and a Lucene BM25 baseline, side by side");
        Command.Options.Add(_articles);
        Command.Options.Add(_questions);
        Command.Options.Add(_retrievers);
        Command.Options.Add(_distractors);
        Command.Options.Add(_json);
        Command.SetAction(async (parse, ct) =>
        {
            var console = verbHost.Console;
            var articles = parse.GetValue(_articles)!;
            foreach (var folder in articles.Where(f => !Directory.Exists(f)))
            {
                throw new UsageException($"--articles {folder}: no such folder.");
            }

            var only = parse.GetValue(_retrievers) ?? [];
            foreach (var name in only.Where(n => !EvalRunner.RetrieverNames.Contains(n)))
            {
                throw new UsageException($"--retriever {name}: not one of {string.Join(", ", EvalRunner.RetrieverNames)}.");
            }

            var distractors = parse.GetValue(_distractors);
            if (distractors is < 0 or > MaxDistractors)
            {
                throw new UsageException($"--distractors {distractors}: must be between 0 and {MaxDistractors}.");
            }

            List<EvalQuestionFile> questions;
            try
            {
                questions = [.. parse.GetValue(_questions)!.Select(f => new EvalQuestionFile(f, EvalQuestionSet.Load(f)))];
            }
            catch (FormatException ex)
            {
                throw new UsageException(ex.Message);
            }

            var work = Directory.CreateTempSubdirectory("sportsbot-eval-");
            try
            {
                var report = await RunAsync(verbHost, parse, CopyArticles(articles, work.FullName), work.FullName, questions, only, distractors, ct);
                await console.Out.WriteLineAsync(parse.GetValue(_json) ? EvalJson.Serialize(report) : EvalTableRenderer.Render(report));
                return ExitCodes.Success;
            }
            finally
            {
                work.Delete(recursive: true);
            }
        });
    }

    /// <summary>As many as bench's largest documented run.</summary>
    private const int MaxDistractors = 100_000;

    /// <summary>Fixed, so two eval runs with the same count bury the articles among the same generated ones.</summary>
    private const int DistractorSeed = 7;

    public Command Command { get; }

    /// <summary>
    /// Several folders become one knowledge folder (a subfolder each), so they are indexed by the one sync path the
    /// bot uses; article keys are file names, so a key may be used in only one of them.
    /// </summary>
    private static string CopyArticles(IReadOnlyList<string> folders, string workFolder)
    {
        var root = Path.Combine(workFolder, "articles");
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < folders.Count; i++)
        {
            var source = Path.GetFullPath(folders[i]);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var key = Path.GetFileNameWithoutExtension(file);
                if (seen.TryGetValue(key, out var other) && other != source)
                {
                    throw new UsageException($"Article key \"{key}\" is in both {other} and {source}.");
                }

                seen[key] = source;
                var target = Path.Combine(root, i.ToString(System.Globalization.CultureInfo.InvariantCulture), Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        Directory.CreateDirectory(root);
        return root;
    }

    private static async Task<EvalReport> RunAsync(VerbHost verbHost, ParseResult parse, string articles, string workFolder, IReadOnlyList<EvalQuestionFile> questions, IReadOnlyCollection<string> only, int distractors, CancellationToken cancellationToken)
    {
        // A fresh store of exactly DIR, whatever --db, --knowledge or appsettings say.
        using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: true, cancellationToken, builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)}"] = Path.Combine(workFolder, "eval.db"),
            [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.Directory)}"] = articles,
            [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.SyncOnStart)}"] = "true",
        }));

        var runner = host.Services.GetRequiredService<EvalRunner>();
        var unknown = await runner.UnknownArticleKeysAsync(questions.SelectMany(f => f.Questions), cancellationToken);
        if (unknown.Count > 0)
        {
            throw new UsageException($"The questions expect articles that are not in the --articles folders: {string.Join(", ", unknown)}.");
        }

        var console = verbHost.Console;
        if (distractors > 0)
        {
            // The real articles are indexed first, so the generated ones are the store's newest, as fresh news would be.
            var real = await host.Services.GetRequiredService<IKnowledgeStore>().CountAsync(cancellationToken);
            var filler = host.Services.GetRequiredService<SyntheticFiller>();
            await ProgressDisplay.RunAsync(console, console.Error, "Adding generated articles", p => filler.FillToAsync(real + distractors, DistractorSeed, p, cancellationToken));
            // Written by this process, so the vector index would take the store for unchanged.
            await host.Services.GetRequiredService<IVectorIndex>().StoreChangedAsync(cancellationToken);
        }

        try
        {
            var report = await ProgressDisplay.RunAsync(console, console.Error, "Asking", p => runner.RunAsync(questions, only, p, cancellationToken));
            await host.StopAsync(cancellationToken);
            return report;
        }
        catch (FormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
