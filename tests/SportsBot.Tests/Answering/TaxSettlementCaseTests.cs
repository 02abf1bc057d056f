using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A tennis player's tax claim settled before a judge: who approved it, asked for by a reader who never saw the rules.
/// </summary>
public sealed class TaxSettlementCaseTests : IClassFixture<TaxSettlementCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public TaxSettlementCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"which judge signed off on valdane's tax deal" was refused: the story says the settlement was "approved by Tax Court judge Elin Marsh".</summary>
    [Fact]
    public async Task A_judge_who_approved_a_deal_signed_off_on_it()
    {
        var answer = await _corpus.AskAsync("which judge signed off on kora's tax deal");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Ilse Brandt", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("kora-faces-tax-claim.md", Articles.Markdown("Tax office seeks €2.5 million from Kora", "2025-01-22",
                """
                Ostland's tax office is seeking €2.5 million in unpaid income tax from Lina Kora, the country's top-ranked tennis player, for the years 2019 to 2022.

                The office argues that the 27-year-old remained tax resident in Ostland while declaring her home to be in San Remo. Her agent said Kora had "lived and paid her taxes exactly where the law says she should".
                """));
            folder.Write("kora-settles-tax-case.md", Articles.Markdown("Kora settles tax case for €900,000", "2025-06-05",
                """
                Tennis player Lina Kora has agreed to pay €900,000 to settle her dispute with Ostland's tax office, far less than it first demanded.

                Under the settlement, approved by Tax Court judge Ilse Brandt on 3 June, the tax office dropped its claims for 2019 and 2020, accepting that Kora had spent most of those years outside Ostland, including long stretches in San Remo.

                She will pay tax for 2021 and 2022.
                """));
        }
    }
}
