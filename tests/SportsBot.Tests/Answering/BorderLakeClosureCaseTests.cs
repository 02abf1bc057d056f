using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A regatta cancelled after one country closed its half of a border lake: why the lake was closed, asked for by a
/// reader who never saw the rules.
/// </summary>
public sealed class BorderLakeClosureCaseTests : IClassFixture<BorderLakeClosureCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public BorderLakeClosureCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>
    /// "why did valdoria shut foreign boats out of its side of the lake?" was answered by the regatta's cancellation
    /// "after Valdoria closed its half of the lake" (what the closure led to) and by the neighbour summoning its
    /// ambassador "to protest at the closure" (the neighbour's reason for its own deed); the minister's reason came last or not at all.
    /// </summary>
    [Fact]
    public async Task Why_a_lake_was_closed_is_the_reason_given_for_the_closure()
    {
        var answer = await _corpus.AskAsync("why did norland shut foreign boats out of its side of the lake?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("buoys", answer.Text);
        Assert.DoesNotContain("has been cancelled", answer.Text);
        Assert.DoesNotContain("summoned", answer.Text);
    }

    /// <summary>The regatta's own cancellation is still explained by the closure.</summary>
    [Fact]
    public async Task Why_the_regatta_was_cancelled_is_the_closure()
    {
        var answer = await _corpus.AskAsync("why was the Vessen Regatta cancelled?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("closed its half of the lake", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("vessen-regatta-cancelled.md", Articles.Markdown("Vessen Regatta cancelled as border row closes lake", "2025-04-08",
                """
                The Vessen Regatta, held every summer on Lake Vessen since 1990, has been cancelled for the first time after Norland closed its half of the lake to foreign boats amid a border dispute with Estmark.

                Norland's interior ministry closed the eastern shore and its waters to foreign-registered vessels on 1 April.

                Interior Minister Pavel Orn said the measure was needed "for security reasons" after an Estmark patrol boat moved a line of border buoys about 200 metres to the east in March.

                Estmark's foreign ministry summoned Norland's ambassador on Friday to protest at the closure, calling it "an unjustified restriction on a shared lake".
                """));
        }
    }
}
