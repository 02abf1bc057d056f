using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A swimmer banned, her ban cut on appeal, and her first race back; a weightlifter's medal: questions a first
/// reader got wrong on stories like these.
/// </summary>
public sealed class DopingReturnCaseTests : IClassFixture<DopingReturnCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public DopingReturnCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Her_race_time_is_the_one_the_clock_gave_not_the_length_of_her_ban()
    {
        var answer = await _corpus.AskAsync("What was Kovac's time in the 200 metres butterfly?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2:07.45", answer.Text);
    }

    [Fact]
    public async Task A_question_about_her_coach_is_not_answered_by_her_own_ban()
    {
        var answer = await _corpus.AskAsync("How long was Kovac's coach banned?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Her_own_ban_is_still_answered()
    {
        var answer = await _corpus.AskAsync("How long was Kovac banned for at first?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("four years", answer.Text);
    }

    [Fact]
    public async Task When_a_ban_ends_is_the_date_given_not_a_race_won_by_two_seconds()
    {
        var answer = await _corpus.AskAsync("When does Kovac's ban end?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 22 January 2024, the reduced ban", answer.Text);
        Assert.DoesNotContain("2:07.45", answer.Text);
    }

    [Fact]
    public async Task Who_won_gold_is_not_answered_by_who_won_bronze()
    {
        var answer = await _corpus.AskAsync("Who won gold in the 89 kilograms category?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Who_won_the_medal_the_sources_name_is_still_answered()
    {
        var answer = await _corpus.AskAsync("Who won bronze in the 89 kilograms category?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Tarsov", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("kovac-banned.md", Articles.Markdown("Estlund swimmer Kovac banned for four years", "2023-06-14",
                """
                Mira Kovac, the Estlund 200 metres butterfly champion, has been banned for four years by the world swimming federation after testing positive for a heart drug.

                Her lawyer said Kovac would appeal to the Court of Arbitration for Sport.
                """));
            folder.Write("kovac-cut.md", Articles.Markdown("Sports court cuts Kovac ban to 18 months", "2024-01-22",
                """
                The Court of Arbitration for Sport has reduced the doping ban of Estlund swimmer Mira Kovac from four years to 18 months, accepting that a contaminated supplement caused her positive test.

                The reduced ban, which runs from March 2023, ends in September 2024.
                """));
            folder.Write("kovac-returns.md", Articles.Markdown("Kovac wins national title in first race back", "2024-12-08",
                """
                Mira Kovac won the 200 metres butterfly at the Estlund championships on Sunday, her first race since her doping ban ended.

                Kovac touched in 2:07.45, more than two seconds ahead of Lina Sorel. She said she would now aim for the world championships.
                """));
            folder.Write("tarsov-bronze.md", Articles.Markdown("Lifter Tarsov takes bronze in Lyon", "2025-09-18",
                """
                Pavel Tarsov, 24, won bronze in the 89 kilograms category at the world weightlifting championships in Lyon on Friday.

                It was his first medal at a world championships.
                """));
        }
    }
}
