using SportsBot.Cli;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Evaluation;

/// <summary>Runs the real <c>sportsbot</c> command line in-process with the shared model and captured streams.</summary>
public static class InProcessCli
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(new StringReader(string.Empty), output, error, IsInteractive: false);
        var exitCode = await SportsBotCli.RunAsync(args, console, TestHost.UseSharedModel, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
