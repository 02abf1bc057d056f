using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A race yacht detained after straying into a military zone, the distance corrected by a court, and the border buoys
/// that closed a regatta's lake: distances asked for by a reader who never saw the rules.
/// </summary>
public sealed class YachtDetainedCaseTests : IClassFixture<YachtDetainedCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public YachtDetainedCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how long is the skerra sea race?" was answered with how far inside the zone the yacht strayed.</summary>
    [Fact]
    public async Task A_race_is_as_long_as_its_course()
    {
        var answer = await _corpus.AskAsync("how long is the north cape race?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("540-nautical-mile", answer.Text);
    }

    /// <summary>"how far inside the military zone was the yacht really" led with the organisers' first figure, which the court later corrected.</summary>
    [Theory]
    [InlineData("how far inside the military zone was the yacht really")]
    [InlineData("How far into the restricted zone did Petrel II go?")]
    public async Task A_figure_a_newer_story_corrects_is_given_as_corrected(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "0.6 nautical miles", "1.5 nautical miles");
    }

    /// <summary>"how far were the border markers moved on lake ormen?" was refused: "Lake Ormen" was read as a person, and the minister who spoke of the buoys as somebody else.</summary>
    [Fact]
    public async Task A_lake_is_no_person()
    {
        var answer = await _corpus.AskAsync("how far were the border markers moved on lake vessa?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("250 metres", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("petrel-detained.md", Articles.Markdown("Coastguard detains crew of race yacht in military zone", "2025-07-15",
                """
                The Dalmor coastguard has detained the crew of a Feronese yacht competing in the North Cape Race, saying the boat sailed into a restricted military zone off the island of Skarv.

                Petrel II, a 12-metre yacht with six sailors on board, was boarded by an armed patrol on Monday.

                The organisers said Petrel II's tracker showed it 1.5 nautical miles inside the zone when it was stopped. It had been lying second in its class.

                The 540-nautical-mile race started from the Feronese capital on 10 July.
                """));
            folder.Write("petrel-skipper-fined.md", Articles.Markdown("Petrel II skipper fined and freed", "2025-08-20",
                """
                Anders Holm, the Feronese skipper arrested when his yacht strayed into a military zone during the North Cape Race, has been fined €10,000 by a court in Dalmor and has returned home.

                The court accepted that the boat had entered the restricted area by mistake. It found that Petrel II had been 0.6 nautical miles inside the boundary, less than the organisers had first estimated.

                The yacht was handed back to its owners on Monday.
                """));
            folder.Write("vessa-regatta-cancelled.md", Articles.Markdown("Vessa regatta cancelled as border row closes lake", "2025-04-08",
                """
                The Vessa Cup, a rowing regatta held every summer on Lake Vessa since 1990, has been cancelled after Norvia closed its half of the lake to foreign boats amid a border dispute with Estmark.

                Norvia's interior ministry closed its waters to foreign-registered boats on 1 April. Interior Minister Karl Ostby said the measure was needed "for security reasons" after an Estmark patrol boat moved a line of border buoys about 250 metres to the west in March.

                Estmark says the buoys were returned to the position agreed in a 1994 treaty.
                """));
        }
    }
}
