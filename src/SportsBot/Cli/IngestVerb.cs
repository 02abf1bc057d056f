using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Knowledge;

namespace SportsBot.Cli;

/// <summary><c>ingest PATH_OR_URL...</c>: adds article files, folders of them, and web pages to the knowledge base.</summary>
public sealed class IngestVerb
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Article files (.md with front matter, .txt, .html), folders of them, or http(s) links to article pages",
        Arity = ArgumentArity.OneOrMore,
    };

    public IngestVerb(VerbHost verbHost)
    {
        Command = new Command("ingest", "Add articles from files, folders or links; each is checked, deduplicated, chunked and embedded");
        Command.Arguments.Add(_paths);
        Command.SetAction(async (parse, ct) =>
        {
            var console = verbHost.Console;
            var items = Expand(parse.GetValue(_paths) ?? [], console);
            using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: false, ct);
            var addedBy = $"cli:{Environment.UserName}";

            // Files are read and parsed ahead of the model, and the model embeds passages of several articles at once.
            var batch = host.Services.GetRequiredService<BatchIngest>();
            var outcomes = await ProgressDisplay.RunAsync(console, console.Error, "Ingesting", progress =>
                batch.IngestAsync([.. items.Select(item => new IngestItem(item, token => LoadAsync(host.Services, item, addedBy, token)))], progress, ct));
            var results = outcomes
                .Select(o => o.Result is { } result
                    ? (Ok: true, Line: $"{o.Item.Name}: {result.Describe()}")
                    : (Ok: false, Line: o.Refusal!.StartsWith(o.Item.Name, StringComparison.Ordinal) ? o.Refusal : $"{o.Item.Name}: {o.Refusal}"))
                .ToList();

            foreach (var (ok, line) in results)
            {
                await (ok ? console.Out : console.Error).WriteLineAsync(line);
            }

            var failed = results.Count(r => !r.Ok);
            await console.Out.WriteLineAsync($"{results.Count - failed} of {results.Count} ingested" + (failed > 0 ? $", {failed} refused." : "."));
            await host.StopAsync(ct);
            return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
    }

    public Command Command { get; }

    private static async Task<IngestRequest> LoadAsync(IServiceProvider services, string item, string addedBy, CancellationToken cancellationToken)
    {
        if (IsLink(item))
        {
            var draft = await services.GetRequiredService<IArticleFetcher>().FetchAsync(item, cancellationToken);
            // A link fetched again is the page's newer version: update it in place rather than call it a duplicate.
            return new IngestRequest(draft, addedBy, $"url:{item}", UpdateWhenUrlKnown: true);
        }

        var bytes = await File.ReadAllBytesAsync(item, cancellationToken);
        var parsed = services.GetRequiredService<ArticleParser>().Parse(item, bytes);
        return new IngestRequest(parsed, addedBy, $"cli:{Path.GetFullPath(item)}");
    }

    private static bool IsLink(string item) => item.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || item.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static List<string> Expand(string[] paths, CliConsole console)
    {
        var items = new List<string>();
        foreach (var path in paths)
        {
            if (IsLink(path))
            {
                items.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var all = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                var supported = all.Where(ArticleParser.IsSupportedFile).ToList();
                if (all.Count > supported.Count)
                {
                    console.Error.WriteLine($"{path}: skipping {all.Count - supported.Count} files that are not .md, .txt or .html.");
                }

                items.AddRange(supported);
            }
            else if (File.Exists(path))
            {
                items.Add(path);
            }
            else if (path.Contains("://", StringComparison.Ordinal))
            {
                throw new UsageException($"{path}: only http and https links can be added.");
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder.");
            }
        }

        if (items.Count == 0)
        {
            throw new UsageException("No article files found (.md, .txt or .html).");
        }

        return items;
    }
}
