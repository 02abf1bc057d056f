using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A club's sale to a state fund, blocked, reconsidered and completed, and a federation's election after a government
/// takeover: questions a first reader got wrong on stories like these.
/// </summary>
public sealed class ClubTakeoverCaseTests : IClassFixture<ClubTakeoverCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ClubTakeoverCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_reason_given_after_saying_answers_why()
    {
        var answer = await _corpus.AskAsync("Why did the league block the Dunmore takeover?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("run independently", answer.Text);
    }

    [Fact]
    public async Task What_a_buyer_paid_is_the_final_price()
    {
        var answer = await _corpus.AskAsync("How much did the Velan fund pay for Dunmore Athletic?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("140 million", answer.Text);
    }

    [Fact]
    public async Task The_winner_of_a_vote_is_named_before_a_comma_aside()
    {
        var answer = await _corpus.AskAsync("Who won the Ostmark federation's presidential election?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Brenner", answer.Text);
    }

    [Fact]
    public async Task A_deadline_is_the_date_something_must_be_done_by()
    {
        var answer = await _corpus.AskAsync("What deadline did the World Football Council give Ostmark?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("until 30 June", answer.Text);
    }

    [Fact]
    public async Task Someone_who_won_an_earlier_vote_did_not_win_this_one()
    {
        var answer = await _corpus.AskAsync("Who won the Ostmark federation's presidential election?");

        Assert.DoesNotContain("Nora Vik", answer.Text);
        Assert.DoesNotContain("Karl Dent", answer.Text);
    }

    [Fact]
    public async Task A_fine_no_story_reports_is_not_some_other_sum()
    {
        var answer = await _corpus.AskAsync("How much did the league fine Dunmore Athletic?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("dunmore-blocked.md", Articles.Markdown("League blocks Dunmore Athletic takeover by Velan fund", "2024-10-08",
                """
                The Premier Division has blocked the sale of Dunmore Athletic to the Velan Investment Fund, saying it could not be sure the club would be run independently of the Velan government.

                The fund had agreed to buy 75 per cent of the club from businessman Carl Rudd for 160 million pounds.
                """));
            folder.Write("dunmore-completed.md", Articles.Markdown("Dunmore Athletic takeover completed", "2025-09-03",
                """
                The Velan Investment Fund completed its takeover of Dunmore Athletic on Tuesday, after the Premier Division approved the deal in August.

                The final price was 140 million pounds, less than agreed in 2024, because the club's debts had grown.
                """));
            folder.Write("ostmark-election.md", Articles.Markdown("Ostmark football federation elects new president", "2026-02-20",
                """
                The Ostmark Football Federation elected a new president at an extraordinary congress on 14 February, ending a year of government control.

                Paul Brenner, a former referee, won 41 of the 58 votes.

                The outgoing president, Nora Vik, who won the previous election in 2021, did not stand.

                Karl Dent, Minister of Sport, who had won the 2017 vote, welcomed the result.
                """));
            folder.Write("ostmark-warned.md", Articles.Markdown("World body warns Ostmark over federation takeover", "2025-06-02",
                """
                The World Football Council warned Ostmark on Friday that its government had broken the rules by taking over the football federation.

                It gave the government until 30 June to restore the elected board. Ostmark's next qualifier is on 6 September.
                """));
        }
    }
}
