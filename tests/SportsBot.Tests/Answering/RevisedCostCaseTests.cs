using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A velodrome roof repaired for more than first estimated, a games bill an audit office revised upwards and a
/// ticket levy halved: what something cost, asked of two stories whose newer one revises the older figure without
/// "from … to".
/// </summary>
public sealed class RevisedCostCaseTests : IClassFixture<RevisedCostCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public RevisedCostCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how much did fixing the stand end up costing" was answered with the first estimate, not the final bill.</summary>
    [Theory]
    [InlineData("how much did fixing the harnby velodrome roof end up costing")]
    [InlineData("harnby roof repairs - first estimate vs what it actually cost?")]
    public async Task A_final_bill_said_to_be_above_the_first_estimate_leads(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "5.1 million", "around 3.2 million euros");
    }

    /// <summary>"how much did the games cost in total?" was answered with the audit's first figure, though a later report raised it.</summary>
    [Fact]
    public async Task An_estimate_raised_by_a_later_report_is_given_as_raised()
    {
        var answer = await _corpus.AskAsync("how much did the coastal games in merrow cost in total?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "€212 million", "€180 million");
    }

    /// <summary>
    /// "how much does the league reckon the cap will cost clubs now?" was answered with an audit of another event: the
    /// "will" in the league's reckoning was not read as a sum to come, and the other story's raised estimate led.
    /// </summary>
    [Fact]
    public async Task A_sum_reckoned_to_come_is_the_league_s_newest_reckoning()
    {
        var answer = await _corpus.AskAsync("how much does the league reckon the levy will cost clubs now?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "€0.9 million", "€2.5 million");
        Assert.DoesNotContain("Coastal Games", answer.Text);
    }

    /// <summary>"how far over budget were the selmar games" was refused: it was read as asking for a distance.</summary>
    [Fact]
    public async Task Over_budget_asks_for_a_sum_not_a_distance()
    {
        var answer = await _corpus.AskAsync("how far over budget were the coastal games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("budget", answer.Text);
    }

    /// <summary>"how far over budget were the selmar games" led with the first total, not the newer sum beyond the budget.</summary>
    [Fact]
    public async Task The_newest_sum_beyond_the_budget_leads()
    {
        var answer = await _corpus.AskAsync("how far over budget were the coastal games?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "€97 million more than the €115 million budget", "€180 million");
    }

    /// <summary>"how much extra did the athletes village cost compared to the plan?" was refused: "extra" was read as the thing counted.</summary>
    [Fact]
    public async Task How_much_extra_asks_for_the_sum_beyond_the_plan()
    {
        var answer = await _corpus.AskAsync("how much extra did the seating at the coastal games cost compared to the plan?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("€14 million more than planned", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harnby-roof-closed.md", Articles.Markdown("Harnby Velodrome shut after cracks found in roof beams", "2025-03-03",
                """
                Track cycling at the Harnby Velodrome has been suspended after inspectors found cracks in three of the timber beams holding up its roof.

                The city, which owns the building, said repairs could cost around 3.2 million euros and would take until the autumn.

                The national track championships, due in the velodrome in May, will move to Ellsby.
                """));
            folder.Write("harnby-roof-reopens.md", Articles.Markdown("Harnby Velodrome reopens as roof work finishes early", "2025-08-19",
                """
                Riders returned to the Harnby Velodrome on Monday, six weeks ahead of schedule, after the city finished work on its roof.

                The repairs cost 5.1 million euros, well above the 3.2 million first estimated in March. The city will pay 4 million and the cycling federation the rest.
                """));
            folder.Write("coastal-games-audit.md", Articles.Markdown("Coastal Games in Merrow cost €180 million in total, audit finds", "2025-04-10",
                """
                The Coastal Games held in Merrow last summer cost €180 million, almost twice the budget set when the city won the event, the national audit office said on Wednesday.

                The office said contracts for temporary seating were signed without a tender. The seating cost €14 million more than planned after the stands had to be rebuilt.
                """));
            folder.Write("coastal-games-audit-revised.md", Articles.Markdown("Auditors revise their figure", "2025-10-02",
                """
                The national audit office has raised its estimate of the cost of the Coastal Games in Merrow to €212 million, after counting security spending charged to the police budget.

                The new figure is €97 million more than the €115 million budget approved when Merrow won the event. In April the auditors had put the bill at €180 million. Prosecutors in Merrow have opened an inquiry into the seating contracts.
                """));
            folder.Write("levy-passed.md", Articles.Markdown("Parliament passes stadium safety levy on ticket sales", "2025-02-12",
                """
                Parliament has passed a safety levy of €2 on every football ticket sold, to pay for stewards and police at top-flight matches.

                The Professional Football League said the levy would cost its clubs €2.5 million a year and hit smaller clubs hardest.
                """));
            folder.Write("levy-cut.md", Articles.Markdown("Safety levy halved after clubs protest", "2025-06-30",
                """
                The stadium safety levy will be €1 per ticket, not €2, after parliament amended the law on Friday.

                League president Ida Marn said the amended levy would cost clubs about €0.9 million a year.
                """));
        }
    }
}
