using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A rugby club docked points for breaking a salary cap, the deduction cut on appeal, and a stand's builder barred:
/// questions a reader who never saw the rules got wrong on stories like these.
/// </summary>
public sealed class SalaryCapCaseTests : IClassFixture<SalaryCapCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public SalaryCapCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how many points are mardell harbour docked now" quoted the first story's 12: the appeal gave seven only as a change.</summary>
    [Fact]
    public async Task A_count_changed_on_appeal_is_the_count_now()
    {
        var answer = await _corpus.AskAsync("how many points are harwick rovers docked now after the appeal?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("harwick-deduction-cut", answer.Citations[0].ArticleId);
        Assert.Contains("from 10 to six", answer.Text);
    }

    /// <summary>"how much was halvex fined" was answered by a ban and a compensation fund.</summary>
    [Fact]
    public async Task A_ban_and_a_fund_are_not_a_fine()
    {
        var answer = await _corpus.AskAsync("how much was kavrin fined over the collapse");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"how much did the no games kessrun campaign spend" was answered by what the city spent.</summary>
    [Theory]
    [InlineData("how much did the save harwick campaign spend?")]
    [InlineData("how much has the save harwick campaign spent?")]
    public async Task What_another_described_payer_spent_is_not_what_the_campaign_spent(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"which judge annulled the vireo decree" was answered by a man who said he would ask a court to annul it.</summary>
    [Fact]
    public async Task Whoever_asks_a_court_to_annul_a_decision_did_not_annul_it()
    {
        var answer = await _corpus.AskAsync("which judge annulled harwick's points deduction?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"is mardell's fine still 450k after the appeal" was refused: no story writes a sum so.</summary>
    [Fact]
    public async Task A_sum_typed_short_finds_the_sum_the_story_writes()
    {
        var answer = await _corpus.AskAsync("is harwick's fine still 300k after the appeal?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("300,000", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harwick-docked-points.md", Articles.Markdown("Harwick Rovers docked 10 points for salary cap breach", "2025-03-10",
                """
                Harwick Rovers have been deducted 10 points and fined €300,000 after a disciplinary panel found the rugby club broke the Northern League's salary cap in two seasons.

                Club chairman Petr Volan called the sanction "savage" and said he would ask the Sports Tribunal to annul the decision.

                The Save Harwick campaign, a supporters' group, organised a march to the league's offices on Saturday.

                The club has already spent €2 million on legal advice since the investigation began, Volan said.
                """));
            folder.Write("harwick-deduction-cut.md", Articles.Markdown("Appeal board cuts Harwick Rovers' points deduction", "2025-06-02",
                """
                An appeal board has reduced Harwick Rovers' salary cap points deduction from 10 to six, putting the club back into the play-off places.

                The board found that the disciplinary panel had overstated the size of the breach. The €300,000 fine stands.

                Harwick play Dunmore in the quarter-final on 14 June.
                """));
            folder.Write("kavrin-barred-after-collapse.md", Articles.Markdown("Stand builder Kavrin barred after roof collapse at Harwick", "2025-05-01",
                """
                Kavrin Construction, which built the new stand at Harwick Rovers' ground, will be barred from public contracts for three years, and a €1.5 million compensation fund will be set up for the injured, the city's building inspector announced.

                Eleven spectators were hurt when part of the stand's roof fell in during a match in January.

                The inspector said Kavrin had ignored two warnings about the roof. The company said it was "studying the report" and had not decided whether to challenge the ban.
                """));
        }
    }
}
