using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A club that dropped a sanctioned shirt sponsor and signed another: questions a first reader got wrong on stories
/// like these.
/// </summary>
public sealed class SponsorDroppedCaseTests : IClassFixture<SponsorDroppedCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public SponsorDroppedCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Months_after_another_event_and_a_low_in_ten_years_are_not_how_long_a_deal_runs()
    {
        var answer = await _corpus.AskAsync("How long does Ravena's Alto Air deal run?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task How_long_the_old_deal_had_left_is_still_answered()
    {
        var answer = await _corpus.AskAsync("How long was left on Ravena's Petrava Gas deal?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("two years left", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ravena-drop.md", Articles.Markdown("Ravena drop Petrava Gas as shirt sponsor over sanctions", "2024-03-05",
                """
                Ravena FC have ended their shirt sponsorship with Petrava Gas, a week after the company was placed under European Union sanctions.
                The deal was worth 6 million euros a season and had two years left to run.
                """));
            folder.Write("ravena-alto.md", Articles.Markdown("Ravena sign Alto Air as new shirt sponsor", "2024-07-19",
                """
                Ravena FC have signed the airline Alto Air as their shirt sponsor, four months after dropping Petrava Gas over sanctions.
                The club did not say what the deal is worth. Alto Air's logo will appear on the shirts from the first match of the new season.
                Ravena finished eighth last season, their lowest place in ten years, and blamed part of it on the lost sponsorship money.
                """));
        }
    }
}
