using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A ban on selling alcohol at football grounds, voted and then eased: who pushed it and what a club can be fined,
/// asked for by a reader who never saw the rules.
/// </summary>
public sealed class StadiumDrinkBanCaseTests : IClassFixture<StadiumDrinkBanCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public StadiumDrinkBanCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"which minister pushed the stadium drink ban in veskara?" was refused: "Interior Minister Goran Pelt, who proposed the ban" named nobody but a minister, the asked word.</summary>
    [Fact]
    public async Task Whoever_proposed_a_ban_pushed_it()
    {
        var answer = await _corpus.AskAsync("which minister pushed the stadium drink ban in ostmark?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Pia Lund", answer.Text);
    }

    /// <summary>"what's the biggest fine a club can get for selling alcohol under the new rules?" was refused: marks were no money.</summary>
    [Fact]
    public async Task A_sum_in_marks_is_money()
    {
        var answer = await _corpus.AskAsync("what's the biggest fine a club can get for selling alcohol under the new rules?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("250,000", answer.Text);
    }

    [Fact]
    public async Task A_change_in_a_fine_is_told_in_its_currency()
    {
        var answer = await _corpus.AskAsync("by how much was the maximum fine for clubs lowered?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("That is a change of 150,000 marks.", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostmark-votes-drink-ban.md", Articles.Markdown("Ostmark votes to ban alcohol at football grounds", "2025-03-27",
                """
                Ostmark's parliament has voted to ban the sale of alcohol at football grounds from 1 August, five months after a derby riot in Harl.

                Interior Minister Pia Lund, who proposed the ban, said the violence had been "fuelled by drink sold at the clubs' own bars".
                """));
            folder.Write("ostmark-eases-drink-ban.md", Articles.Markdown("Ostmark delays and eases stadium drink ban", "2025-07-18",
                """
                The ban on alcohol at Ostmark's football grounds will start on 1 January instead of 1 August, the government said on Thursday.

                The maximum fine for clubs has been lowered from 400,000 marks a match to 250,000.
                """));
        }
    }
}
