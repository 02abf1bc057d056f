using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A city's voters rejecting its Olympic bid, and another city chosen without a referendum: questions a first reader
/// got wrong on stories like these.
/// </summary>
public sealed class OlympicReferendumCaseTests : IClassFixture<OlympicReferendumCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public OlympicReferendumCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task How_many_voted_against_is_the_referendums_share_not_another_councils_tally()
    {
        var answer = await _corpus.AskAsync("How many Hallberg voters were against the bid?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("56 per cent voting against", answer.Text);
        Assert.DoesNotContain("41 votes to 6", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("hallberg-referendum.md", Articles.Markdown("Hallberg voters reject 2036 Olympic bid", "2025-09-22",
                """
                Voters in Hallberg have rejected the city's bid to host the 2036 Olympic Games, with 56 per cent voting against in Sunday's referendum. Turnout was 48 per cent.
                Mayor Lena Voss, who backed the bid, said the city would respect the result.
                """));
            folder.Write("portmere-chosen.md", Articles.Markdown("Portmere chosen as national candidate for 2036 Games", "2026-02-10",
                """
                The national Olympic committee has chosen Portmere as the country's candidate to host the 2036 Olympic Games, five months after Hallberg's voters turned down the city's bid.
                Portmere's council approved the bid by 41 votes to 6 and will not hold a referendum.
                """));
        }
    }
}
