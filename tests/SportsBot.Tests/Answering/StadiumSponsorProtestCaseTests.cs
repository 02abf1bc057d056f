using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Fans protesting their club's stadium deal with a state airline, and the board keeping it: questions a first reader
/// got wrong on stories like these.
/// </summary>
public sealed class StadiumSponsorProtestCaseTests : IClassFixture<StadiumSponsorProtestCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public StadiumSponsorProtestCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_sum_a_year_and_weeks_of_protest_are_not_how_long_a_deal_lasts()
    {
        var answer = await _corpus.AskAsync("How long does the Zerran Airways deal last?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Weeks_of_protest_are_how_long_the_fans_protested()
    {
        var answer = await _corpus.AskAsync("How long did the Tarrow fans protest?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("six weeks of protests", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("tarrow-protest.md", Articles.Markdown("Tarrow fans protest club's deal with state airline", "2026-02-14",
                """
                Supporters of Tarrow Rovers held up banners reading "Not for sale" in protest at the club's new sponsorship deal with Zerran Airways.
                The deal, worth 12 million pounds a year, puts the airline's name on the stadium.
                """));
            folder.Write("tarrow-keeps.md", Articles.Markdown("Tarrow Rovers keep stadium name deal despite protests", "2026-04-03",
                """
                Tarrow Rovers will keep their stadium sponsorship with Zerran Airways, the club's board decided, despite six weeks of protests by fans.
                The stadium will be called the Zerran Airways Stadium from next season.
                """));
        }
    }
}
