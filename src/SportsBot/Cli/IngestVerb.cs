using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Knowledge;

namespace SportsBot.Cli;

/// <summary><c>ingest PATH...</c>: adds article files and folders to the knowledge base.</summary>
public sealed class IngestVerb
{
    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Article files (.md with front matter, .txt, .html) or folders of them",
        Arity = ArgumentArity.OneOrMore,
    };

    public IngestVerb(VerbHost verbHost)
    {
        Command = new Command("ingest", "Add articles from files or folders; each is checked, deduplicated, chunked and embedded");
        Command.Arguments.Add(_paths);
        Command.SetAction(async (parse, ct) =>
        {
            var console = verbHost.Console;
            var files = ExpandPaths(parse.GetValue(_paths) ?? [], console);
            using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: false, ct);
            var parser = host.Services.GetRequiredService<ArticleParser>();
            var pipeline = host.Services.GetRequiredService<IngestPipeline>();
            var addedBy = $"cli:{Environment.UserName}";

            var results = await ProgressDisplay.RunAsync(console, console.Error, "Ingesting", async progress =>
            {
                var lines = new List<(bool Ok, string Line)>();
                for (var i = 0; i < files.Count; i++)
                {
                    progress.Report(new IngestProgress(i, files.Count, files[i]));
                    try
                    {
                        var bytes = await File.ReadAllBytesAsync(files[i], ct);
                        var draft = parser.Parse(files[i], bytes);
                        var result = await pipeline.IngestAsync(new IngestRequest(draft, addedBy, $"cli:{Path.GetFullPath(files[i])}"), ct);
                        lines.Add((true, $"{files[i]}: {result.Describe()}"));
                    }
                    catch (InvalidArticleException ex)
                    {
                        lines.Add((false, ex.Message.StartsWith(files[i], StringComparison.Ordinal) ? ex.Message : $"{files[i]}: {ex.Message}"));
                    }
                }

                return lines;
            });

            foreach (var (ok, line) in results)
            {
                await (ok ? console.Out : console.Error).WriteLineAsync(line);
            }

            var failed = results.Count(r => !r.Ok);
            await console.Out.WriteLineAsync($"{results.Count - failed} of {results.Count} files ingested" + (failed > 0 ? $", {failed} refused." : "."));
            await host.StopAsync(ct);
            return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
    }

    public Command Command { get; }

    private static List<string> ExpandPaths(string[] paths, CliConsole console)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                throw new UsageException($"{path}: fetching articles from links is not supported yet; save the page as .html and ingest the file.");
            }

            if (Directory.Exists(path))
            {
                var all = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                var supported = all.Where(ArticleParser.IsSupportedFile).ToList();
                if (all.Count > supported.Count)
                {
                    console.Error.WriteLine($"{path}: skipping {all.Count - supported.Count} files that are not .md, .txt or .html.");
                }

                files.AddRange(supported);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UsageException($"{path}: no such file or folder.");
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("No article files found (.md, .txt or .html).");
        }

        return files;
    }
}
