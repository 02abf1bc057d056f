using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A basketball federation that lost its grant over unpaid tax, and the interim president named a month later, in a
/// story that writes the federation's name out and never uses its initials.
/// </summary>
public sealed class FederationTaxCaseTests : IClassFixture<FederationTaxCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public FederationTaxCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Until_when_the_interim_president_leads_is_the_month_of_the_assembly()
    {
        var answer = await _corpus.AskAsync("Until when will the interim VBF president be in charge?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("February 2025", answer.Text);
    }

    [Fact]
    public async Task A_revised_amount_in_a_later_story_follows_the_first()
    {
        var answer = await _corpus.AskAsync("How much tax does the Valdonian Basketball Federation owe?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("€870,000", answer.Text);
        Assert.Contains("Later, as of 8 October 2024", answer.Text);
        Assert.Contains("€910,000", answer.Text);
    }

    [Fact]
    public async Task Asked_for_the_exact_date_a_month_is_no_answer()
    {
        var answer = await _corpus.AskAsync("What's the exact date of the VBF extraordinary general assembly?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task Asked_when_a_month_is_the_answer()
    {
        var answer = await _corpus.AskAsync("When will the VBF hold its extraordinary general assembly?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("February 2025", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("league.md", Articles.Markdown("Valdonian basketball league expands to twelve clubs", "2021-05-04",
                """
                Valdonia's top basketball league will grow from ten to twelve clubs next season, its organisers said.
                """));
            folder.Write("grant.md", Articles.Markdown("Valdonia cancels basketball federation grant over unpaid tax", "2024-09-13",
                """
                Valdonia's Ministry of Sport has cancelled a €1.8 million grant to the Valdonian Basketball Federation (VBF) because of an unpaid tax bill, and the federation's president, Matthias Dovrenko, resigned on Thursday.
                According to the national tax agency, the federation owes €870,000 in unpaid payroll taxes from 2021 to 2023.
                A spokesperson said vice-president Petar Hollis would run the VBF on a caretaker basis until the board meets.
                """));
            folder.Write("interim.md", Articles.Markdown("Former captain Ana Corran named interim basketball president", "2024-10-08",
                """
                The Valdonian Basketball Federation's board has named former national team captain Ana Corran as interim president, a month after Matthias Dovrenko resigned when the government cancelled the federation's grant.
                Corran, 41, was chosen unanimously on Monday and will lead the federation until an extraordinary general assembly in February 2025.
                The federation also said the tax agency had revised the amount it owes upwards to €910,000 after adding interest.
                """));
        }
    }
}
