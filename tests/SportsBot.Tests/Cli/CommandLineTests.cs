using SportsBot.Cli;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_lists_every_verb_and_the_common_options()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var word in new[] { "run", "ask", "ingest", "--db", "--knowledge" })
        {
            Assert.Contains(word, run.Out);
        }
    }

    [Theory]
    [InlineData("ask", "--json")]
    [InlineData("ingest", "paths")]
    [InlineData("run", "console chat")]
    public async Task Every_verb_has_help(string verb, string expected)
    {
        var run = await CliRun.RunAsync(verb, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(expected, run.Out);
    }

    [Fact]
    public async Task An_unknown_verb_is_bad_usage()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
    }

    [Fact]
    public async Task A_knowledge_folder_that_does_not_exist_is_bad_usage()
    {
        var run = await CliRun.RunAsync("ask", "Is Russia banned?", "--knowledge", "/no/such/folder");

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Contains("no such folder", run.Error);
    }
}
