using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A federation's eligibility rule, the vote on it, the court case against it, and a union's first woman president:
/// questions a first reader got wrong on stories like these.
/// </summary>
public sealed class EligibilityRulingCaseTests : IClassFixture<EligibilityRulingCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public EligibilityRulingCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Who_voted_against_is_the_one_said_to_vote_against_not_a_later_appeal_against_the_rule()
    {
        var answer = await _corpus.AskAsync("Who voted against the rowing rule?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lindqvist", answer.Text);
    }

    [Fact]
    public async Task What_the_court_decided_in_her_case_is_what_it_did_with_her_appeal()
    {
        var answer = await _corpus.AskAsync("What did CAS decide in Moray's case?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("dismissed", answer.Text);
    }

    [Fact]
    public async Task A_surname_opening_a_sentence_before_a_description_is_a_name()
    {
        var answer = await _corpus.AskAsync("Who was the first woman to lead the Coastal Volleyball Union?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Okonjo", answer.Text);
    }

    [Fact]
    public async Task A_role_whose_holder_is_said_after_is_is_answered()
    {
        var answer = await _corpus.AskAsync("Who is the new chairman of the Coastal Volleyball Union?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Kofi Mensah", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("rowing-rule.md", Articles.Markdown("Rowing alliance restricts female category", "2024-02-19",
                """
                The World Rowing Alliance will limit its female category to athletes who have not gone through male puberty, its council decided on Thursday.

                Council member Sofia Lindqvist was the only one to vote against.
                """));
            folder.Write("rowing-ruling.md", Articles.Markdown("Sports court upholds rowing rule", "2024-12-03",
                """
                The Court of Arbitration for Sport has dismissed Jess Moray's appeal against the World Rowing Alliance's female eligibility rule.

                The panel said the alliance was entitled to protect fair competition in the female category.
                """));
            folder.Write("volleyball-election.md", Articles.Markdown("Okonjo elected head of volleyball union", "2024-06-30",
                """
                Grace Okonjo has been elected president of the Coastal Volleyball Union, winning 28 of the 52 votes at its congress.

                Okonjo, a former national team captain, becomes the first woman to lead the union. The union's new chairman is Ghanaian banker Kofi Mensah.
                """));
        }
    }
}
