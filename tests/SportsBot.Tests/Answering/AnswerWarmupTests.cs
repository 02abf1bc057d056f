using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SportsBot.Core.Answering;
using SportsBot.Core.Search;
using SportsBot.Hosting;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>After a restart the running bot answers one question of each kind in the background, so no fan waits for the rules of a kind to be compiled.</summary>
public sealed class AnswerWarmupTests
{
    [Fact]
    public void The_warm_up_asks_a_question_of_every_kind_the_rules_tell_apart()
    {
        var analyzer = new QueryAnalyzer(new AliasTable());

        var kinds = AnswerWarmup.Questions.Select(q => analyzer.Analyze(q).Asks).ToHashSet();

        Assert.Equal(Enum.GetValues<AskedFor>().ToHashSet(), kinds);
    }

    [Fact]
    public async Task A_running_bot_warms_up_after_its_start_up_sync_and_says_so_in_its_log()
    {
        using var folder = new TempFolder();
        folder.Write("harbour-regatta.md", Articles.Markdown("Harbour Regatta opens on the lake", "2024-06-10",
            "The Harbour Regatta opened on the lake on 10 June 2024 with crews from twelve nations."));
        var logs = new LogCapture();
        await using var host = await TestHost.StartAsync(folder.Path, configure: services =>
        {
            services.AddSportsBotWorkers();
            services.AddLogging(b => b.AddProvider(logs).AddFilter<LogCapture>("SportsBot.Hosting", LogLevel.Information));
        });

        var line = await WaitForAsync(() => logs.Lines.FirstOrDefault(l => l.Contains("warmed up", StringComparison.Ordinal)));

        Assert.Contains($"{AnswerWarmup.Questions.Count} of {AnswerWarmup.Questions.Count} questions", line);
    }

    private static async Task<string> WaitForAsync(Func<string?> find)
    {
        // Waits for the background work to finish; how long it takes is the bench's business, not this test's.
        for (var i = 0; i < 600; i++)
        {
            if (find() is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The warm-up never reported.");
    }
}
