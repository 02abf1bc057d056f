using SportsBot.Cli;

namespace SportsBot.Tests.Infrastructure;

/// <summary>Runs the real <c>sportsbot</c> command line in-process with captured streams and the shared model.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole(new StringReader(stdin), stdout, stderr, IsInteractive: false);
        var code = await SportsBotCli.RunAsync(args, console, TestHost.UseSharedModel, CancellationToken.None);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);
}
