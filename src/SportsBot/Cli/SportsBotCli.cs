using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;

namespace SportsBot.Cli;

/// <summary>The <c>sportsbot</c> command line: verbs, common options, and the exit-code contract (0 ok, 1 failure, 2 bad usage).</summary>
public static class SportsBotCli
{
    /// <param name="configureServices">Lets tests replace services (e.g. share one loaded embedding model across runs).</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken)
    {
        var common = new CommonOptions();
        var verbHost = new VerbHost(common, console, configureServices);
        var root = new RootCommand("SportsBot answers questions about sport and politics from a knowledge base of news articles, citing its sources.");
        root.Options.Add(common.Database);
        root.Options.Add(common.Knowledge);
        root.Subcommands.Add(new RunVerb(verbHost).Command);
        root.Subcommands.Add(new AskVerb(verbHost).Command);
        root.Subcommands.Add(new IngestVerb(verbHost).Command);
        root.Subcommands.Add(new EvalVerb(verbHost).Command);
        root.Subcommands.Add(new BenchVerb(verbHost).Command);
        root.SetAction((parse, ct) => RunVerb.RunAsync(verbHost, parse, ct));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }

            await console.Error.WriteLineAsync("Run 'sportsbot --help' for usage.");
            return ExitCodes.BadUsage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception ex) when (ex is UsageException or InvalidQuestionException)
        {
            await console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.BadUsage;
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"Configuration error: {string.Join("; ", ex.Failures)}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is InvalidArticleException or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            // One line for the user; the stack trace is for a developer with logging turned up.
            await console.Error.WriteLineAsync($"sportsbot failed: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
