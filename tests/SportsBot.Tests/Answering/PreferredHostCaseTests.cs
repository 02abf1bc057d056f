using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A city whose voters rejected an Olympic bid, and the city chosen instead.</summary>
public sealed class PreferredHostCaseTests : IClassFixture<PreferredHostCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public PreferredHostCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_city_chosen_as_host_answers_which_city_is_the_host()
    {
        var answer = await _corpus.AskAsync("Which city is the preferred host for the 2036 Winter Olympics?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 25 February 2026", answer.Text);
        Assert.Contains("chosen Sarn as its preferred host", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("rejected.md", Articles.Markdown("Lindholm voters reject 2036 Winter Olympics bid", "2025-11-17",
                """
                Voters in Lindholm have rejected the city's bid to host the 2036 Winter Olympics, with 61 per cent voting against in Sunday's referendum.
                Opponents said the Games would cost too much and harm the mountains around the city.
                """));
            folder.Write("sarn.md", Articles.Markdown("Sarn named preferred host for 2036 Winter Olympics", "2026-02-25",
                """
                The International Olympic Committee has chosen Sarn as its preferred host for the 2036 Winter Olympics, three months after Lindholm's voters rejected a bid.
                A final vote by IOC members is due in June 2027.
                """));
        }
    }
}
