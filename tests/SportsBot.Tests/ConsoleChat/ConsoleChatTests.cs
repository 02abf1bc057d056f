using System.Text.RegularExpressions;
using System.Globalization;
using System.Text.Json;
using SportsBot.Core.Answering;
using SportsBot.Rendering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.ConsoleChat;

/// <summary>The default run with no tokens: a console chat scripted through stdin, as a person or a script would use it.</summary>
[Collection(ConsoleChatCollection.Name)]
public sealed class ConsoleChatTests(ConsoleChatFixture fixture)
{
    /// <summary>Each fragment appears, after the one before it: the replies came in this order.</summary>
    private static void AssertInOrder(string output, params string[] fragments)
    {
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = output.IndexOf(fragment, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected \"{fragment}\" after position {at} in:\n{output}");
            at = found + fragment.Length;
        }
    }

    /// <summary>
    /// The answer the <c>ask</c> verb gives on the same database, laid out as the console shows an answer: its text,
    /// a blank line, "Sources:" and one line per source (title, outlet, date and the link when there is one).
    /// </summary>
    private async Task<string> ConsoleAnswerAsync(string question)
    {
        var (exit, json, error) = await fixture.RunAsync(string.Empty, "ask", question, "--json");
        Assert.True(exit == 0, error);
        var answer = AskJson.Parse(json)!;
        Assert.True(answer.Known && answer.Citations.Count > 0, $"The sources should answer \"{question}\", but the Core said: {answer.Answer}");
        var sources = answer.Citations.Select(c =>
        {
            var published = c.Published is { } iso ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var line = $"[{c.N}] {c.Title} — {c.Source}, {DateText.Format(published)}";
            return c.Url is null ? line : $"{line}. {c.Url}";
        });
        return $"{answer.Answer}\n\nSources:\n{string.Join('\n', sources)}";
    }

    [Fact]
    public async Task Piped_questions_are_answered_in_order_with_a_sources_list_and_the_chat_exits_zero_at_end_of_input()
    {
        const string paris = "Can Belarusian athletes compete at Paris 2024?";
        const string wimbledon = "Are Russian players allowed at Wimbledon?";

        var (exit, output, _) = await fixture.RunAsync($"{paris}\n\n{wimbledon}\n");

        Assert.Equal(0, exit);
        // No prompt, no banner: each answer followed by a blank line, the blank input line skipped.
        Assert.Equal($"{await ConsoleAnswerAsync(paris)}\n\n{await ConsoleAnswerAsync(wimbledon)}\n\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task The_console_user_is_an_admin_and_every_command_works()
    {
        const string script = """
            /config show
            /config set mode all-questions
            /kb add
            Table tennis federation readmits Russian players for 2026
            The International Table Tennis Federation said on Wednesday that players from Russia may enter its 2026 events as neutral athletes, after three years of exclusion, if they pass the checks used for Individual Neutral Athletes.
            The federation said it would publish the list of cleared players before each event.
            .
            /kb search table tennis
            /kb remove table-tennis-federation-readmits-russian-players-for-2026
            /kb list 99
            /sources
            /help
            /config disable
            /config enable
            """;

        var (exit, output, error) = await fixture.RunAsync(script);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.Trim().Split('\n').Where(l => !l.StartsWith("Indexing", StringComparison.Ordinal)).FirstOrDefault(l => l.Length > 0) ?? string.Empty);
        AssertInOrder(
            output,
            "Settings of this channel:",
            "You are an admin here.",
            "Changed. mode: all-questions (answers /ask, mentions, replies and every message that reads as a question)",
            "Added \"Table tennis federation readmits Russian players for 2026\" as #",
            "Articles about \"table tennis\":\n#",
            "— Table tennis federation readmits Russian players for 2026 (an unknown outlet, date unknown)",
            "Removed #",
            "There are only ",
            $" pages ({Directory.GetFiles(BundledKnowledgeFixture.KnowledgeDirectory).Length} articles).",
            "I have not answered a question",
            "/config set <key> <value>",
            "I am off in this channel",
            "I am on in this channel again.");
    }

    [Fact]
    public async Task A_short_follow_up_continues_from_the_last_answer()
    {
        var (exit, output, _) = await fixture.RunAsync("Are Russian players allowed at Wimbledon?\nAnd since when?\n/sources\n");

        Assert.Equal(0, exit);
        AssertInOrder(output, "Wimbledon lifts ban", "Wimbledon lifts ban", "Sources of my last answer here (to \"Are Russian players allowed at Wimbledon? And since when?\")");
    }

    [Fact]
    public async Task Thanks_and_hello_after_an_answer_get_replies_of_their_own_and_the_answer_is_not_repeated()
    {
        const string question = "Are Russian players allowed at Wimbledon?";
        var expected = await ConsoleAnswerAsync(question);

        var (exit, output, _) = await fixture.RunAsync($"{question}\nthanks!\nhello\n");

        Assert.Equal(0, exit);
        var lead = expected.Split('\n')[0];
        Assert.Single(Regex.Matches(output, Regex.Escape(lead)));
        AssertInOrder(output, lead, "You're welcome!", "Hello!");
    }

    [Fact]
    public async Task An_article_file_is_added_by_path()
    {
        using var folder = new Infrastructure.TempFolder();
        var path = folder.Write("luge.md", """
            ---
            title: Luge federation extends exclusion of Russian athletes to 2026
            published: 2025-04-11
            source: Test Sled News
            ---
            The International Luge Federation said on 11 April 2025 that athletes from Russia will remain excluded from its competitions through the 2026 Winter Olympic season. The federation's executive board said the decision follows the IOC's recommendations.
            """);

        var (exit, output, _) = await fixture.RunAsync($"/kb add {path}\n");

        Assert.Equal(0, exit);
        Assert.Matches(@"^luge\.md: Added ""Luge federation extends exclusion of Russian athletes to 2026"" as #\d+ \(1 passage\)\.", output.Trim());
    }

    [Fact]
    public async Task The_ask_and_ingest_verbs_still_work()
    {
        var (exit, output, _) = await fixture.RunAsync(string.Empty, "ask", "Can Belarusian athletes compete at Paris 2024?", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("known").GetBoolean());

        var (ingestExit, _, ingestError) = await fixture.RunAsync(string.Empty, "ingest", "ftp://example.org/article");
        Assert.Equal(2, ingestExit);
        Assert.Contains("only http and https links", ingestError);
    }
}
