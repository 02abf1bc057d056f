using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A grandmaster who left his federation in protest, and the ruling that let him play for his new one sooner.</summary>
public sealed class ChessTransferCaseTests : IClassFixture<ChessTransferCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ChessTransferCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_wait_cut_to_one_year_after_a_payment_is_how_long_the_wait_is()
    {
        var answer = await _corpus.AskAsync("How long is Sorin's waiting period?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("one year", answer.Text);
    }

    [Fact]
    public async Task A_length_that_dates_another_event_is_still_not_how_long_something_lasts()
    {
        var answer = await _corpus.AskAsync("How long was Sorin's protest?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("sorin-leaves.md", Articles.Markdown("Grandmaster Ilya Sorin leaves Krasnian federation for Velmark", "2025-02-10",
                """
                Grandmaster Ilya Sorin, 24, has left the Krasnian Chess Federation and registered with the federation of Velmark.
                Under the world chess body's rules, a player who changes federation may not represent the new one in official team events for two years unless the old federation agrees.
                Sorin said he left because federation officials had pressed players to sign a letter backing the government's military campaign.
                """));
            folder.Write("sorin-cleared.md", Articles.Markdown("Sorin cleared to play for Velmark at the Chess Olympiad", "2026-01-15",
                """
                Ilya Sorin can play for Velmark at the 2026 Chess Olympiad in Tashir, the world chess body's council ruled on Wednesday.
                The council cut his waiting period to one year after Velmark paid the Krasnian federation 20,000 euros.
                Sorin made his protest public one year after leaving the national team.
                """));
        }
    }
}
