using SportsBot.Cli;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Cli;

/// <summary>Bad settings and bad questions: one line that says what is wrong and what is allowed, never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string, string> BadSettings => new()
    {
        { "Knowledge__FetchTimeoutSeconds", "0", "Knowledge:FetchTimeoutSeconds must be between 1 and 300 (is 0)." },
        { "Knowledge__FetchTimeoutSeconds", "", "Knowledge:FetchTimeoutSeconds is empty; expected a whole number." },
        { "Knowledge__Chunking__TargetWords", "abc", "Knowledge:Chunking:TargetWords is 'abc'; expected a whole number." },
        { "Knowledge__Search__Mode", "Fast", "Knowledge:Search:Mode is 'Fast'; allowed: Hybrid, KeywordOnly, VectorOnly." },
        { "Knowledge__SyncOnStart", "maybe", "Knowledge:SyncOnStart is 'maybe'; allowed: true, false." },
        { "Knowledge__NearDuplicateSimilarity", "high", "Knowledge:NearDuplicateSimilarity is 'high'; expected a number such as 0.5." },
        { "Llm__Provider", "Claude", "Llm:Provider is 'Claude'; allowed: None, OpenAI, AzureOpenAI." },
        { "Embeddings__Provider", "OpenAI", "Embeddings:ApiKey is required" },
        { "Storage__BusyTimeoutSeconds", "-1", "Storage:BusyTimeoutSeconds must be between 0 and 600 (is -1)." },
        { "Chat__DefaultMode", "everything", "Chat:DefaultMode" },
        { "Telegram__Token", "not-a-token", "Telegram:Token does not look like a bot token" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_stops_the_program_with_one_line_naming_it_and_what_is_allowed(string variable, string value, string expected)
    {
        var run = await SportsBotProcess.RunAsync(_folder.Path, new Dictionary<string, string> { [variable] = value }, "ask", "Is Russia banned?", "--db", _folder.File("kb.db"), "--knowledge", _folder.Path);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuration error: ", line);
        Assert.Contains(expected, line);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task An_empty_database_name_is_bad_usage()
    {
        var run = await CliRun.RunAsync("ask", "Is Russia banned?", "--db", "");

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.Equal("--db needs a file name, e.g. --db data/sportsbot.db.", run.Error.Trim());
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200B\u200C\u200D\uFEFF \u2060")]
    public async Task A_question_of_only_invisible_characters_is_asked_for_again(string question)
    {
        var run = await CliRun.RunAsync("ask", question, "--db", _folder.File("kb.db"), "--knowledge", _folder.Path);

        Assert.Equal(ExitCodes.BadUsage, run.ExitCode);
        Assert.StartsWith("Please ask a question", run.Error.Trim());
    }

    [Fact]
    public async Task The_longest_allowed_question_is_answered_and_the_refusal_above_it_says_at_most()
    {
        var longest = "Is Russia banned? " + new string('x', 500 - 18);

        var allowed = await CliRun.RunAsync("ask", longest, "--db", _folder.File("kb.db"), "--knowledge", _folder.Path);
        var tooLong = await CliRun.RunAsync("ask", longest + "y", "--db", _folder.File("kb.db"), "--knowledge", _folder.Path);

        Assert.Equal(ExitCodes.Success, allowed.ExitCode);
        Assert.Equal(ExitCodes.BadUsage, tooLong.ExitCode);
        Assert.Equal("That question is 501 characters long; please keep it to at most 500.", tooLong.Error.Trim());
    }
}
