using SportsBot.Cli;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Piped_questions_are_answered_in_order_and_the_program_exits_at_end_of_input()
    {
        _folder.Write("kb/ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));

        var run = await CliRun.RunWithInputAsync(
            "Is Russia suspended from ice hockey?\n\nWhat is the capital of Australia?\n",
            "--db", _folder.File("kb.db"), "--knowledge", _folder.File("kb"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var first = run.Out.IndexOf("As of 28 February 2022", StringComparison.Ordinal);
        var second = run.Out.IndexOf("My sources don't cover that.", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, run.Out);
    }
}
