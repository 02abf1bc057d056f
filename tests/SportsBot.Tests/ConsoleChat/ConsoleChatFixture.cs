using SportsBot.Cli;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.ConsoleChat;

/// <summary>
/// A database the CLI indexed once from the bundled knowledge folder; every console test runs the real
/// <c>sportsbot</c> command line in-process against it, with stdin scripted.
/// </summary>
public sealed class ConsoleChatFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string DatabasePath => _folder.File("console.db");

    /// <summary>Runs <c>sportsbot --db … --knowledge … ARGS</c> with <paramref name="stdin"/> as input.</summary>
    public async Task<(int ExitCode, string Out, string Error)> RunAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(new StringReader(stdin), output, error, IsInteractive: false);
        string[] all = ["--db", DatabasePath, "--knowledge", BundledKnowledgeFixture.KnowledgeDirectory, .. args];
        var exit = await SportsBotCli.RunAsync(all, console, TestHost.UseSharedModel, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    public async Task InitializeAsync()
    {
        var (exit, _, error) = await RunAsync(string.Empty, "run");
        if (exit != 0)
        {
            throw new InvalidOperationException($"Indexing through the CLI failed: {error}");
        }
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
