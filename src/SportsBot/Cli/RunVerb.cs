using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Answering;
using SportsBot.Hosting;
using SportsBot.Rendering;

namespace SportsBot.Cli;

/// <summary>
/// <c>run</c> (the default): the worker. With no platform token configured it is a console chat on the terminal;
/// with stdin piped it answers line by line until end of input and exits 0, so it can be scripted.
/// </summary>
public sealed class RunVerb
{
    public RunVerb(VerbHost verbHost)
    {
        Command = new Command("run", "Start the bot (default). With no tokens configured: a console chat on this terminal");
        Command.SetAction((parse, ct) => RunAsync(verbHost, parse, ct));
    }

    public Command Command { get; }

    public static async Task<int> RunAsync(VerbHost verbHost, ParseResult parse, CancellationToken cancellationToken)
    {
        var console = verbHost.Console;
        using var host = await verbHost.StartAsync(parse, LogLevel.Warning, syncKnowledge: true, cancellationToken, b => b.Services.AddSportsBotWorkers());
        var answers = host.Services.GetRequiredService<AnswerService>();
        if (console.IsInteractive)
        {
            await console.Out.WriteLineAsync("SportsBot: ask about sport and politics (empty line or Ctrl+D to quit).");
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (console.IsInteractive)
            {
                await console.Out.WriteAsync("> ");
            }

            var line = await console.In.ReadLineAsync(cancellationToken);
            if (line is null || (console.IsInteractive && line.Trim().Length == 0))
            {
                break;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                var timed = await answers.AskAsync(line, cancellationToken);
                await console.Out.WriteLineAsync(PlainTextAnswerRenderer.Render(timed.Answer) + "\n");
            }
            catch (InvalidQuestionException ex)
            {
                await console.Out.WriteLineAsync(ex.Message + "\n");
            }
        }

        await host.StopAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
