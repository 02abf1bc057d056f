using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.ConsoleChat;
using SportsBot.Core.Chat;
using SportsBot.Hosting;

namespace SportsBot.Cli;

/// <summary>
/// <c>run</c> (the default): the worker. Every chat platform with a token is started once the knowledge base is
/// ready; with none configured it is a console chat on the terminal (stdin piped: line by line until end of input).
/// </summary>
public sealed class RunVerb
{
    public RunVerb(VerbHost verbHost)
    {
        Command = new Command("run", "Start the bot (default): every platform with a token, else a console chat on this terminal");
        Command.SetAction((parse, ct) => RunAsync(verbHost, parse, ct));
    }

    public Command Command { get; }

    public static async Task<int> RunAsync(VerbHost verbHost, ParseResult parse, CancellationToken cancellationToken)
    {
        using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: true, cancellationToken, b => b.Services.AddSportsBotWorkers());
        var platforms = host.Services.GetServices<IChatPlatform>().Where(p => p.IsConfigured).ToList();
        var exitCode = platforms.Count == 0
            ? await RunConsoleAsync(host.Services, verbHost.Console, cancellationToken)
            : await RunPlatformsAsync(platforms, verbHost.Console, cancellationToken);
        await host.StopAsync(CancellationToken.None);
        return exitCode;
    }

    private static async Task<int> RunConsoleAsync(IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        await new ConsoleChatSession(services.GetRequiredService<ChatService>(), console).RunAsync(cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Runs until Ctrl+C. A platform that gives up (a refused token) is reported at once and the others keep
    /// answering; once none is left the program ends, as a failure. Any platform that stopped makes the exit code 1.
    /// </summary>
    private static async Task<int> RunPlatformsAsync(List<IChatPlatform> platforms, CliConsole console, CancellationToken cancellationToken)
    {
        foreach (var platform in platforms)
        {
            await platform.StartAsync(cancellationToken);
        }

        await console.Error.WriteLineAsync($"SportsBot is answering on {Names(platforms)}. Press Ctrl+C to stop.");
        var running = new List<IChatPlatform>(platforms);
        var stopped = 0;
        try
        {
            while (running.Count > 0)
            {
                await Task.WhenAny(running.Select(Execution)).WaitAsync(cancellationToken);
                foreach (var platform in running.Where(p => Execution(p).IsCompleted).ToList())
                {
                    running.Remove(platform);
                    stopped++;
                    var reason = platform.ExecuteTask?.Exception?.GetBaseException().Message ?? "it ended by itself.";
                    var others = running.Count > 0 ? $" Still answering on {Names(running)}." : string.Empty;
                    await console.Error.WriteLineAsync($"{platform.Name} stopped: {reason}{others}");
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the normal way to stop a worker.
        }

        foreach (var platform in platforms)
        {
            await platform.StopAsync(CancellationToken.None);
        }

        return stopped > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static Task Execution(IChatPlatform platform) => platform.ExecuteTask ?? Task.CompletedTask;

    private static string Names(IEnumerable<IChatPlatform> platforms) => string.Join(" and ", platforms.Select(p => p.Name));
}
