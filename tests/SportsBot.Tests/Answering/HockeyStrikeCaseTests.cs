using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>Women's national team players who struck over their daily allowance, and the deal that ended the strike.</summary>
public sealed class HockeyStrikeCaseTests : IClassFixture<HockeyStrikeCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public HockeyStrikeCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Why_players_struck_is_the_demand_they_refused_to_play_until_met()
    {
        var answer = await _corpus.AskAsync("Why did the Brenland women's hockey players strike?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 14 February 2025", answer.Text);
        Assert.Contains("until they are paid the same daily allowance", answer.Text);
    }

    [Fact]
    public async Task Why_a_strike_ended_is_still_answered_by_what_ended_it()
    {
        var answer = await _corpus.AskAsync("Why did the Brenland players end their strike?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("after the federation agreed", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("strike.md", Articles.Markdown("Brenland women's ice hockey players strike over pay", "2025-02-14",
                """
                Twenty-two players of Brenland's women's ice hockey team have refused to join the squad for the world championship qualifiers until they are paid the same daily allowance as the men's team.
                The players receive 35 euros a day at camps, the men 120 euros.
                """));
            folder.Write("deal.md", Articles.Markdown("Brenland women's hockey strike ends with equal allowances", "2025-08-30",
                """
                Brenland's women's ice hockey players have ended their strike after the federation agreed to pay them the same 120 euros a day as the men.
                The agreement runs until 2029 and also covers travel insurance.
                """));
        }
    }
}
