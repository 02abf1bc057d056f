using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A broadcaster that paid for Games rights and later sued for damages, a streaming service given the rights, an
/// official who took a bribe, a minority owner who sold his stake, a referee who must repay bribes: "how much did … pay,
/// take, get or hand back" questions a first reader got wrong on stories like these.
/// </summary>
public sealed class MoneyPaidCaseTests : IClassFixture<MoneyPaidCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public MoneyPaidCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task What_a_broadcaster_paid_is_the_sum_it_paid_not_the_damages_it_later_claimed()
    {
        var answer = await _corpus.AskAsync("How much did MTR pay for the Olympic rights?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("14 million dollars", answer.Text);
        Assert.DoesNotContain("7 million", answer.Text);
    }

    [Fact]
    public async Task What_one_broadcaster_paid_does_not_answer_what_another_paid()
    {
        var answer = await _corpus.AskAsync("How much did Kivo pay for the Olympic rights?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_bribe_taken_is_answered_by_the_sum_the_story_says_he_accepted()
    {
        var answer = await _corpus.AskAsync("How much did Oresko take?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("400,000 dollars", answer.Text);
    }

    [Fact]
    public async Task The_share_a_man_sold_is_not_the_price_he_got_for_it()
    {
        var answer = await _corpus.AskAsync("How much did Colin Avery get for his stake?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_vote_won_is_not_money_spent()
    {
        var answer = await _corpus.AskAsync("How much did Selvaria spend on its bid?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task An_appeal_to_one_court_is_not_an_appeal_to_another_the_story_names_only_as_an_option()
    {
        var answer = await _corpus.AskAsync("Did Oresko appeal to the Swiss Federal Tribunal?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task His_appeal_to_the_court_that_heard_it_is_still_answered()
    {
        var answer = await _corpus.AskAsync("Did Oresko appeal to the Court of Arbitration for Sport?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("eight years to five", answer.Text);
    }

    [Fact]
    public async Task Cash_to_hand_back_is_the_sum_the_story_says_he_must_repay()
    {
        var answer = await _corpus.AskAsync("how much cash does maresch have to hand back now?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("60,000 crowns", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("mtr-stripped.md", Articles.Markdown("Broadcaster MTR stripped of Games rights", "2025-04-11",
                """
                The Olympic Games Council has taken the Winter Games rights away from Mertonian state broadcaster MTR, which left athletes from Kasmar out of its coverage.
                MTR had paid 14 million dollars for the rights to two Games. The streaming service Kivo will show the Winter Games in Mertonia instead.
                """));
            folder.Write("mtr-court.md", Articles.Markdown("Court rejects MTR claim over Games rights", "2025-10-29",
                """
                A Swiss court has rejected the claim of Mertonian broadcaster MTR against the Olympic Games Council.
                MTR had asked for the rights back, or 7 million dollars in damages. Kivo will show the Games as planned.
                """));
            folder.Write("oresko-banned.md", Articles.Markdown("Football official Oresko banned over hosting vote", "2023-05-22",
                """
                The World Football Council has banned former vice-president Hamid Oresko for eight years after its ethics committee found he accepted 400,000 dollars for his vote on the World Cup host.
                Selvaria won that vote by 12 votes to 10. The committee found no evidence that Selvaria's bid knew of the payment.
                """));
            folder.Write("oresko-appeal.md", Articles.Markdown("Oresko ban cut to five years on appeal", "2024-02-07",
                """
                The Court of Arbitration for Sport has reduced the ban on former World Football Council vice-president Hamid Oresko from eight years to five, but upheld the finding that he took a bribe.
                The fine of 100,000 Swiss francs stays. His lawyer said they were "considering all options", including the Swiss Federal Tribunal.
                """));
            folder.Write("maresch-appeal.md", Articles.Markdown("Referee Maresch's sentence cut on appeal", "2025-04-22",
                """
                The High Court in Kessburg has overturned two of the three bribery convictions against former referee Teodor Maresch and cut his prison sentence from four years to 18 months.
                The court also reduced the amount Maresch must repay from 180,000 crowns to 60,000 crowns.
                """));
            folder.Write("brindle-owner.md", Articles.Markdown("Fund becomes Brindle Athletic's sole owner", "2026-03-30",
                """
                Colin Avery sold his remaining 20 per cent stake in Brindle Athletic to the Qaran Investment Fund in January.
                The fund now owns the whole club.
                """));
        }
    }
}
