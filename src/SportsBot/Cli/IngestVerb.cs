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
    /// written (locked past the busy timeout, read-only), stops the batch between items with the reason.</summary>
    private static async Task<IngestBatch> IngestAllAsync(IServiceProvider services, List<string> items, IProgress<IngestProgress> progress, CancellationToken cancellationToken)
    {
        var addedBy = $"cli:{Environment.UserName}";
        var lines = new List<(bool Ok, string Line)>();
        for (var i = 0; i < items.Count; i++)
        {
            var name = LinkCredentials.Strip(items[i]);
            progress.Report(new IngestProgress(i, items.Count, name));
            try
            {
                var result = await IngestOneAsync(services, items[i], name, addedBy, cancellationToken);
                var number = await services.GetRequiredService<ArticleLookup>().NumberOfAsync(result.Article.Id, cancellationToken);
                lines.Add((true, $"{name}: {result.Describe(number)}"));
            }
            catch (InvalidArticleException ex)
            {
                lines.Add((false, ex.Message.StartsWith(name, StringComparison.Ordinal) ? ex.Message : $"{name}: {ex.Message}"));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return new IngestBatch(lines, "Interrupted; the article in progress was not stored.");
            }
            catch (IOException ex)
            {
                return new IngestBatch(lines, ex.Message);
            }
        }

        return new IngestBatch(lines, null);
    }

    private static async Task<IngestResult> IngestOneAsync(IServiceProvider services, string item, string name, string addedBy, CancellationToken cancellationToken)
    {
        var writer = services.GetRequiredService<KnowledgeWriter>();
        if (IsLink(item))
        {
            var draft = await services.GetRequiredService<IArticleFetcher>().FetchAsync(item, cancellationToken);
            // A link fetched again is the page's newer version: update it in place rather than call it a duplicate.
            return await writer.IngestAsync(new IngestRequest(draft, addedBy, $"url:{name}", UpdateWhenUrlKnown: true), cancellationToken);
        }

        var maxBytes = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.MaxPageBytes;
        var bytes = await ArticleFiles.ReadAsync(item, name, maxBytes, cancellationToken);
        var parsed = await services.GetRequiredService<ArticleParser>().ParseAsync(item, bytes, cancellationToken);
        return await writer.IngestAsync(new IngestRequest(parsed, addedBy, $"cli:{Path.GetFullPath(item)}"), cancellationToken);
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
