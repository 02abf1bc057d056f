using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
            var batch = await ProgressDisplay.RunAsync(console, console.Error, "Ingesting", progress => IngestAllAsync(host.Services, items, progress, ct));

            // Every file gets its line, also when the batch stopped part-way: the store holds exactly the ones reported added.
            foreach (var (ok, line) in batch.Lines)
            {
                await (ok ? console.Out : console.Error).WriteLineAsync(line);
            }

            var ingested = batch.Lines.Count(l => l.Ok);
            var refused = batch.Lines.Count - ingested;
            if (batch.StoppedBecause is { } reason)
            {
                await console.Error.WriteLineAsync(reason);
                await console.Out.WriteLineAsync($"stopped, {ingested} of {items.Count} ingested" + (refused > 0 ? $", {refused} refused." : "."));
            }
            else
            {
                await console.Out.WriteLineAsync($"{ingested} of {items.Count} ingested" + (refused > 0 ? $", {refused} refused." : "."));
            }

            await host.StopAsync(CancellationToken.None);
            return refused == 0 && batch.StoppedBecause is null ? ExitCodes.Success : ExitCodes.Failure;
        });
    }

    public Command Command { get; }

    /// <summary>One line per item; a refused item is reported and the rest go on. Ctrl+C, or a store that cannot be
    /// written (locked past the busy timeout, read-only), stops the batch with the reason. Files are read and parsed
    /// ahead of the model and the model embeds passages of several articles at once; lines come in the order given.</summary>
    private static async Task<IngestBatch> IngestAllAsync(IServiceProvider services, List<string> items, IProgress<IngestProgress> progress, CancellationToken cancellationToken)
    {
        var addedBy = $"cli:{Environment.UserName}";
        var lines = new List<(bool Ok, string Line)>();
        var batch = items
            .Select(item => new IngestItem(LinkCredentials.Strip(item), token => LoadAsync(services, item, addedBy, token)))
            .ToList();
        try
        {
            await services.GetRequiredService<BatchIngest>().IngestAsync(batch, progress, async (outcome, _) =>
            {
                var name = outcome.Item.Name;
                if (outcome.Result is { } result)
                {
                    // Not cancelled by Ctrl+C: the article is stored, so its line must be printed. Looked up only now, since
                    // the short-number table is created on first use and that waits for another program's lock.
                    var number = await services.GetRequiredService<ArticleLookup>().NumberOfAsync(result.Article.Id, CancellationToken.None);
                    lines.Add((true, $"{name}: {result.Describe(number)}"));
                }
                else
                {
                    lines.Add((false, outcome.Refusal!.StartsWith(name, StringComparison.Ordinal) ? outcome.Refusal : $"{name}: {outcome.Refusal}"));
                }
            }, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new IngestBatch(lines, "Interrupted; the articles in progress were not stored.");
        }
        catch (IOException ex)
        {
            return new IngestBatch(lines, ex.Message);
        }

        return new IngestBatch(lines, null);
    }

    /// <summary>Reads and parses one item; the batch stores it.</summary>
    private static async Task<IngestRequest> LoadAsync(IServiceProvider services, string item, string addedBy, CancellationToken cancellationToken)
    {
        var name = LinkCredentials.Strip(item);
        if (IsLink(item))
        {
            var draft = await services.GetRequiredService<IArticleFetcher>().FetchAsync(item, cancellationToken);
            // A link fetched again is the page's newer version: update it in place rather than call it a duplicate.
            return new IngestRequest(draft, addedBy, $"url:{name}", UpdateWhenUrlKnown: true);
        }

        var maxBytes = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.MaxPageBytes;
        var bytes = await ArticleFiles.ReadAsync(item, name, maxBytes, cancellationToken);
        var parsed = await services.GetRequiredService<ArticleParser>().ParseAsync(item, bytes, cancellationToken);
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
                var listing = ArticleFiles.Find(path);
                if (listing.OtherFiles > 0)
                {
                    console.Error.WriteLine($"{path}: skipping {listing.OtherFiles} files that are not .md, .txt or .html.");
                }

                foreach (var skipped in listing.Skipped)
                {
                    console.Error.WriteLine($"{skipped}.");
                }

                // Relative to what was typed, as before: the lines name files the way the user did.
                items.AddRange(listing.Files.Select(f => Path.Join(path, Path.GetRelativePath(Path.GetFullPath(path), f))));
            }
            else if (File.Exists(path))
            {
                items.Add(path);
            }
            else if (path.Contains("://", StringComparison.Ordinal))
            {
                throw new UsageException($"{LinkCredentials.Strip(path)}: only http and https links can be added.");
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

    private sealed record IngestBatch(IReadOnlyList<(bool Ok, string Line)> Lines, string? StoppedBecause);
}
