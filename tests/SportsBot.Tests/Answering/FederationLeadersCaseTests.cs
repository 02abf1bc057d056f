using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A federation president who left to become a mayor, and a boxing union whose president's re-election a court voided.</summary>
public sealed class FederationLeadersCaseTests : IClassFixture<FederationLeadersCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public FederationLeadersCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Who_leads_a_federation_is_who_was_elected_its_president()
    {
        var answer = await _corpus.AskAsync("Who leads the Lusian Football Federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 12 January 2026, Marta Lopes", answer.Text);
    }

    [Fact]
    public async Task A_share_of_the_vote_is_answered_by_a_percentage()
    {
        var answer = await _corpus.AskAsync("What share of the vote did Santos win?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("54 per cent", answer.Text);
    }

    [Fact]
    public async Task Breaking_its_own_procedures_is_why_a_court_voided_an_election()
    {
        var answer = await _corpus.AskAsync("Why did the court void Falk's re-election?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 14 September 2026, the national sports court", answer.Text);
    }

    [Fact]
    public async Task Led_since_a_year_says_how_long()
    {
        var answer = await _corpus.AskAsync("How long has Falk led the union?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("since 2010", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("santos-mayor.md", Articles.Markdown("Goalkeeper Rui Santos elected mayor of Porto Velho", "2025-10-06",
                """
                Rui Santos, the former national team goalkeeper, has been elected mayor of Porto Velho with 54 per cent of the vote.
                Santos, 41, has been president of the Lusian Football Federation since 2021.
                """));
            folder.Write("lopes.md", Articles.Markdown("Marta Lopes replaces Santos at the head of Lusian football", "2026-01-12",
                """
                Marta Lopes was elected president of the Lusian Football Federation on Saturday, winning 31 votes to 12 against the former referee Jorge Pinto.
                She replaces Rui Santos, who stepped down in December after becoming mayor of Porto Velho.
                """));
            folder.Write("falk.md", Articles.Markdown("Boxing union re-elects Gerd Falk, 72, after scrapping age limit", "2026-04-20",
                """
                The Westmark Boxing Union re-elected Gerd Falk, 72, as president on Sunday, hours after its congress voted to scrap the rule that barred candidates over 70.
                Falk has led the union since 2010.
                """));
            folder.Write("rerun.md", Articles.Markdown("Sports court voids Falk election; Lea Brandt wins rerun", "2026-09-14",
                """
                The national sports court ruled in July that the Westmark Boxing Union had broken its own procedures when it scrapped the age limit, and voided Gerd Falk's re-election.
                In the rerun on Saturday, former European champion Lea Brandt was elected president with 58 of the 90 votes.
                """));
        }
    }
}
