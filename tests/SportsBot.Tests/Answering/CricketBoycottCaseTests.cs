using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A cricket board's payments frozen over its country's ban on women's sport, and a refugee swimmer who now swims for
/// the country that took her in: questions a first reader got wrong on stories like these.
/// </summary>
public sealed class CricketBoycottCaseTests : IClassFixture<CricketBoycottCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public CricketBoycottCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Money_is_an_amount_in_dollars_whatever_the_story_calls_it()
    {
        var answer = await _corpus.AskAsync("How much money has the WCB frozen?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("16 million dollars", answer.Text);
    }

    [Fact]
    public async Task Where_a_swimmer_finished_is_her_place_in_the_race_not_on_the_map()
    {
        var answer = await _corpus.AskAsync("Where did Haddi finish in the 100 metres butterfly?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("finished fifth", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("norland-funding.md", Articles.Markdown("Cricket board freezes Norland's funding", "2025-07-21",
                """
                The World Cricket Board has frozen its annual payments to Norland's cricket board, about 16 million dollars, until Norland sets up a women's team, the WCB decided at its annual conference in Colombo.
                Norland may keep playing international matches while the money is held back.
                """));
            folder.Write("haddi-delland.md", Articles.Markdown("Haddi to swim for Delland after citizenship granted", "2025-06-19",
                """
                Swimmer Amal Haddi, who competed for the Refugee Team at the last two Games, will represent Delland from next season.
                Haddi, 26, finished fifth in the 100 metres butterfly at the summer Games, the best result by a refugee swimmer.
                """));
        }
    }
}
