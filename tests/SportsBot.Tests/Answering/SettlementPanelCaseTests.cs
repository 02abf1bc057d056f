using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>Former rugby players' brain-injury claim and its settlement: the lead claimant's age when diagnosed, and who shares out the money.</summary>
public sealed class SettlementPanelCaseTests : IClassFixture<SettlementPanelCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public SettlementPanelCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>
    /// "how old was owen dray when he found out he had dementia?" was refused: "at the age of 39" was not read as an
    /// age, and it stands far from his name.
    /// </summary>
    [Fact]
    public async Task An_age_at_the_end_of_a_sentence_about_the_one_asked_about_is_theirs()
    {
        var answer = await _corpus.AskAsync("how old was aled price when he found out he had dementia?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("at the age of 38", answer.Text);
    }

    /// <summary>"who decides how much each former player gets?" was read as asking for an amount, and refused.</summary>
    [Fact]
    public async Task Who_decides_how_much_asks_for_whoever_decides()
    {
        var answer = await _corpus.AskAsync("who decides how much each former player gets?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Fiona Marsh", answer.Text);
    }

    /// <summary>"Which doctor diagnosed Dray with dementia?" was answered with the sentence that says he was diagnosed, naming no doctor.</summary>
    [Fact]
    public async Task Which_doctor_asks_for_a_doctor_by_name()
    {
        var answer = await _corpus.AskAsync("Which doctor diagnosed Price with dementia?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>
    /// "why did gareth ames step down?" was answered with his words about concussion rules, for the "down" of "must stand
    /// down"; "why did jens holtby quit as brask ceo?" with his successor taking over "after Holtby stepped down".
    /// </summary>
    [Theory]
    [InlineData("why did gareth hale step down?")]
    [InlineData("why did gareth hale quit as chief executive?")]
    public async Task A_resignation_no_story_explains_is_not_explained(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>A resignation a story explains in its own word is explained when a fan asks why he stepped down.</summary>
    [Fact]
    public async Task Stepping_down_is_resigning()
    {
        var answer = await _corpus.AskAsync("why did tom vale step down?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("ill health", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harland-players-sue.md", Articles.Markdown("Sixty-one former players sue Harland Rugby Union over head injuries", "2024-06-18",
                """
                Sixty-one former rugby players have filed a claim against the Harland Rugby Union, alleging that it failed to protect them from repeated blows to the head.

                The lead claimant is Aled Price, the former national captain, who won 61 caps between 2003 and 2014 and was diagnosed with early-onset dementia at the age of 38.

                The union said it could not comment on the detail of the case. Its chief executive, Gareth Hale, said player welfare was the union's first priority and pointed to a rule under which any player with concussion must stand down for at least 12 days.
                """));
            folder.Write("harland-settlement.md", Articles.Markdown("Harland Rugby Union settles brain-injury claim for 12 million marks", "2025-02-06",
                """
                The Harland Rugby Union has agreed to pay 12 million marks to settle the lawsuit brought by former players who say they suffered brain damage during their careers.

                The money will go into a fund run by an independent panel chaired by a retired judge, Fiona Marsh, which will decide how much each former player gets.

                The union's president, Tom Vale, resigned in January because of ill health. The deal was announced by Rhian Moss, the union's interim chief executive, who took over in December after Gareth Hale stepped down.
                """));
        }
    }
}
