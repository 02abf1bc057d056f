using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A hockey league fined for scanning fans' faces, the fine cut on appeal, and a supporters' union that grew: sums,
/// counts and names asked for by a reader who never saw the rules.
/// </summary>
public sealed class ArenaFaceScanCaseTests : IClassFixture<ArenaFaceScanCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ArenaFaceScanCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how much does the norrune basketball league have to pay for the face scanning now?" was refused: a penalty is what it must pay.</summary>
    [Fact]
    public async Task What_a_league_has_to_pay_includes_its_penalty()
    {
        var answer = await _corpus.AskAsync("how much does the Kessland Hockey League have to pay for the face scanning now?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("1.2 million", answer.Text);
    }

    /// <summary>"by how much did the appeal bring down the NBL's privacy penalty?" was answered with both figures and no change.</summary>
    [Theory]
    [InlineData("by how much did the appeal bring down the KHL's penalty?")]
    [InlineData("how much was knocked off the KHL's face-scan penalty?")]
    public async Task A_change_asked_for_is_worked_out_from_the_figures_before_and_after(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("That is a change of 2.3 million crowns.", answer.Text);
    }

    [Fact]
    public async Task A_figure_asked_for_as_it_stands_is_not_a_change()
    {
        var answer = await _corpus.AskAsync("how much is the KHL's penalty now?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("1.2 million", answer.Text);
        Assert.DoesNotContain("change of", answer.Text);
    }

    /// <summary>"how many ppl signed the petition backing varosh?" was refused: "38,000 signatures" did not count people.</summary>
    [Fact]
    public async Task Signatures_count_the_people_who_signed()
    {
        var answer = await _corpus.AskAsync("how many ppl signed the petition against the cameras?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("12,000 signatures", answer.Text);
    }

    /// <summary>"which three NBL arenas never had the cameras installed?" was answered by "installed at nine of the league's 12 arenas".</summary>
    [Theory]
    [InlineData("which three KHL arenas never had the cameras installed?")]
    [InlineData("which two football grounds were testing face cameras in kessland?")]
    public async Task A_count_of_arenas_does_not_name_them(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"exactly how many kids got scanned at the basketball?" was answered by "several thousand children".</summary>
    [Fact]
    public async Task A_rough_count_is_no_exact_figure()
    {
        var answer = await _corpus.AskAsync("exactly how many kids got scanned at the hockey?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>
    /// "why did bjarne tollef quit as nbl boss?" was answered by his saying the league was "disappointed" with the
    /// ruling, the sentence closest in meaning; no story says why he resigned.
    /// </summary>
    [Fact]
    public async Task An_account_of_something_else_is_no_reason_for_quitting()
    {
        var answer = await _corpus.AskAsync("why did jon havik quit as khl boss?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"How many members does the TPFU have?" was answered by the first story's "its 212 members", not the later "Membership has grown to 340".</summary>
    [Fact]
    public async Task A_count_as_it_stands_comes_from_the_newest_story()
    {
        var answer = await _corpus.AskAsync("How many members does the Kessland Fans' Union have?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("1,400", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("khl-face-scans-halted.md", Articles.Markdown("Regulator halts face scans at Kessland hockey arenas", "2025-01-16",
                """
                Kessland's data regulator has fined the Kessland Hockey League (KHL) 3.5 million crowns for scanning spectators' faces at arena entrances without a legal basis.

                The cameras had been installed at seven of the league's ten arenas. The Kessland Football League, which had been testing similar cameras at two grounds, said it was pausing its trial.

                KHL chief executive Jon Havik said the league was "disappointed" and would appeal.

                Among those scanned were several thousand children. A petition against the cameras had gathered more than 12,000 signatures by Tuesday. The Kessland Fans' Union, which speaks for its 800 members, welcomed the ruling.
                """));
            folder.Write("khl-fine-cut.md", Articles.Markdown("Appeal board cuts hockey league's face-scan penalty", "2025-04-23",
                """
                The Kessland Hockey League's penalty for scanning spectators' faces has been cut from 3.5 million crowns to 1.2 million on appeal, but the ban on compulsory face scans stays.

                Membership of the Kessland Fans' Union has grown to 1,400 supporters since the ruling, the union says.

                "We made mistakes, and we have learned from them," said Eva Strand, who took over as the league's interim chief executive after Jon Havik resigned in March.
                """));
        }
    }
}
