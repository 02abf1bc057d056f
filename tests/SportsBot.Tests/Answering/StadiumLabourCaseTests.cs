using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Workers' deaths on a tournament's building sites, told by a rights group's report and the organisers' reply:
/// questions a first reader got wrong on stories like these.
/// </summary>
public sealed class StadiumLabourCaseTests : IClassFixture<StadiumLabourCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public StadiumLabourCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_report_by_a_group_names_who_wrote_it()
    {
        var answer = await _corpus.AskAsync("Who wrote the report on worker deaths?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Migrant Watch", answer.Text);
    }

    [Fact]
    public async Task A_count_of_the_asked_people_doing_something_else_is_not_the_answer()
    {
        var answer = await _corpus.AskAsync("How many fans were arrested?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_count_of_the_asked_people_doing_the_asked_thing_is()
    {
        var answer = await _corpus.AskAsync("How many workers died building the stadiums?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("180", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("tarsa-report.md", Articles.Markdown("Report counts 180 worker deaths on Tarsa Cup stadiums", "2026-04-10",
                """
                At least 180 migrant workers died while building stadiums for the 2030 Tarsa Cup in Qemra, according to a report by the group Migrant Watch.

                Qemra's organising committee said only 11 workers had died in accidents and that the report's figures were inflated.
                """));
            folder.Write("tarsa-stadium.md", Articles.Markdown("Qemra opens first Tarsa Cup stadium", "2026-05-02",
                """
                Qemra opened the first of its Tarsa Cup stadiums on Saturday with a friendly between two local clubs.

                The new stadium, which holds about 40,000 fans, will host the final in 2030.

                Police said the opening passed off peacefully and no one was detained.
                """));
        }
    }
}
