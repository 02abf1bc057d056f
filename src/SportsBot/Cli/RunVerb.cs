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

    /// <summary>Runs until Ctrl+C, or until a platform gives up (a refused token), which is a failure.</summary>
    private static async Task<int> RunPlatformsAsync(List<IChatPlatform> platforms, CliConsole console, CancellationToken cancellationToken)
    {
        foreach (var platform in platforms)
        {
            await platform.StartAsync(cancellationToken);
        }

        await console.Error.WriteLineAsync($"SportsBot is answering on {string.Join(" and ", platforms.Select(p => p.Name))}. Press Ctrl+C to stop.");
        var running = platforms.Select(p => p.ExecuteTask ?? Task.CompletedTask).ToList();
        try
        {
            await Task.WhenAny(running).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the normal way to stop a worker.
        }

        foreach (var platform in platforms)
        {
            await platform.StopAsync(CancellationToken.None);
        }

        var failed = platforms.Where(p => p.ExecuteTask is { IsFaulted: true }).ToList();
        foreach (var platform in failed)
        {
            await console.Error.WriteLineAsync($"{platform.Name} stopped: {platform.ExecuteTask!.Exception!.GetBaseException().Message}");
        }

        return failed.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }
}
