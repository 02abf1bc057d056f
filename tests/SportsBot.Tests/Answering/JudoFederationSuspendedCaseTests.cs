using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A judo federation suspended after ordering its athlete to fake an injury rather than face an Israeli: a how-long
/// question the rule against times away from another event must not refuse.
/// </summary>
public sealed class JudoFederationSuspendedCaseTests : IClassFixture<JudoFederationSuspendedCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public JudoFederationSuspendedCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_suspension_for_four_years_after_a_finding_lasts_four_years()
    {
        var answer = await _corpus.AskAsync("How long is the Parvan judo federation suspended?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("for four years after finding", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("parvan-withdrawal.md", Articles.Markdown("Parvan judoka withdraws rather than face Israeli opponent", "2024-10-21",
                """
                Parvan judoka Reza Hamidi withdrew from the Grand Slam in Abu Dhabi minutes before he was due to fight Israel's Tal Cohen.
                Hamidi's federation said he had an injury.
                """));
            folder.Write("parvan-suspended.md", Articles.Markdown("IJF suspends Parvan federation", "2025-02-11",
                """
                The International Judo Federation has suspended the Parvan judo federation for four years after finding that its officials ordered Reza Hamidi to fake an injury to avoid fighting an Israeli.
                The Parvan federation said it would appeal to the Court of Arbitration for Sport.
                """));
        }
    }
}
