using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A hockey coach who resigned, a sport ministry, a curling rink, a tribunal, an archery coach's predecessor and
/// successor, and a badminton federation's officers: a "no" to whether somebody still holds a post says who holds it
/// now; a ministry's deed does not say who its minister is; a rink's skip is not "the other players" in it; whom a coach
/// replaced is not who replaced him, and the reason "given" for his departure is the one cited; a secretary-general is
/// named by the post as written.
/// </summary>
public sealed class PostHoldersCaseTests : IClassFixture<PostHoldersCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public PostHoldersCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"Is Gideon Farrow still head coach…?" was told "No" and his resignation, but not who took over.</summary>
    [Fact]
    public async Task A_no_to_whether_a_coach_is_still_in_post_says_who_took_over()
    {
        var answer = await _corpus.AskAsync("Is Tor Ammer still head coach of the Fenby women's hockey team?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("No.", answer.Text);
        Assert.Contains("Rosa Lind", answer.Text);
    }

    /// <summary>"Who is Sarvenia's sport minister now?" was answered by "The ministry cited Article 9 of her athlete contract".</summary>
    [Fact]
    public async Task What_a_ministry_did_does_not_say_who_its_minister_is()
    {
        var answer = await _corpus.AskAsync("Who is Korvan's sport minister now?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"Who are the other three players in Eskil Brantvik's Soldal rink?" was answered by the rink "skipped by Eskil Brantvik".</summary>
    [Fact]
    public async Task The_others_beside_a_named_player_are_not_named_by_him_alone()
    {
        var answer = await _corpus.AskAsync("Who are the other three players in Eskil Tarvo's Soldal rink?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>Guard: a sentence naming the others answers.</summary>
    [Fact]
    public async Task The_others_beside_a_named_official_are_named_when_the_story_names_them()
    {
        var answer = await _corpus.AskAsync("Who were the other two judges on the Pernik tribunal alongside Ada Roos?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Piet Holm", answer.Text);
    }

    /// <summary>"Who did Jorund Halvaag replace…?" was answered by the assistant named interim head coach after he left.</summary>
    [Fact]
    public async Task Whom_a_coach_replaced_is_not_who_replaced_him()
    {
        var answer = await _corpus.AskAsync("Who did Ilan Voss replace as Belvosia's national archery coach?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Emil Dask", answer.Text);
        Assert.DoesNotContain("Kasia Orl", answer.Text);
    }

    /// <summary>"What reason was given for Jorund Halvaag's departure?" left out "with Halvaag citing 'family reasons'": no sentence says "given".</summary>
    [Fact]
    public async Task The_reason_given_for_a_departure_is_the_one_cited()
    {
        var answer = await _corpus.AskAsync("What reason was given for Ilan Voss's departure?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("family reasons", answer.Text);
    }

    /// <summary>"Who is the secretary-general of the Lorvanian Badminton Federation?" was refused: the post's two words were read apart.</summary>
    [Fact]
    public async Task A_secretary_general_is_named_by_the_post_as_written()
    {
        var answer = await _corpus.AskAsync("Who is the secretary-general of the Dravia Badminton Federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Piet Sim", answer.Text);
        Assert.DoesNotContain("Ola Brenn", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("dravia-badminton-code.md", Articles.Markdown("Dravia Badminton Federation defends its code of conduct", "2023-10-09",
                """
                The Dravia Badminton Federation (DBF) has defended the code of conduct its national team members sign.

                DBF secretary-general Piet Sim said the federation supported free debate. Deputy secretary-general Ola Brenn said the code would be reviewed next year.
                """));
            folder.Write("voss-appointed.md", Articles.Markdown("Belvosia's new archery coach Voss faces pay row", "2021-03-11",
                """
                Ilan Voss, 51, a former world team champion, was appointed on 1 March on a four-year contract worth 84,000 euros a year.

                He replaced long-serving national coach Emil Dask, who retired in December.
                """));
            folder.Write("voss-leaves.md", Articles.Markdown("Voss leaves Belvosia archery post", "2021-07-02",
                """
                Ilan Voss has left his job as head coach of Belvosia's archery team less than four months after his appointment. The federation said on Thursday that the contract had been ended by mutual consent on 30 June, with Voss citing "family reasons".

                His assistant, Kasia Orl, a 38-year-old former national champion, has been named interim head coach and will lead the archery team until the end of the season.
                """));
            folder.Write("soldal-rink.md", Articles.Markdown("Federation picks beaten rink for Northern Cup", "2023-09-13",
                """
                The Aldermark curling federation has picked a rink skipped by a member of parliament for the Northern Cup. On 3 September his team was beaten 7-5 in the trials final by the Soldal Curling Club rink skipped by Eskil Tarvo.

                The federation said experience had decided the choice.
                """));
            folder.Write("pernik-tribunal.md", Articles.Markdown("Pernik tribunal hears Morrell appeal", "2024-01-10",
                """
                The Pernik sports tribunal heard Iva Morrell's appeal on Tuesday. Judge Ada Roos chaired the hearing and sat with judges Piet Holm and Lene Sark.
                """));
            folder.Write("dess-stipend.md", Articles.Markdown("Korvan lifter Dess loses stipend after criticism", "2023-03-24",
                """
                Weightlifter Ana Dess, Korvan's best-known athlete, has lost her monthly state stipend after criticising the government on television.

                The sport ministry cited Article 9 of her athlete contract, which allows the stipend to be withdrawn for conduct that "damages the reputation of the state sports system". Dess said she would sue.
                """));
            folder.Write("ammer-resigns.md", Articles.Markdown("Ammer quits as Fenby hockey coach", "2022-10-07",
                """
                Tor Ammer has resigned as head coach of the Fenby women's hockey team, three weeks after he left captain Ilse Varn out of the squad.

                His departure on Wednesday followed a letter signed by 19 of the 22 squad players, which asked the board for an independent review of how the squad was chosen. Ammer, 58, said the story had become about him rather than the team. He had coached the national side since 2017.

                Within hours, assistant coach Rosa Lind was appointed interim head coach. Her first decision was to recall Varn and hand her back the captaincy.
                """));
        }
    }
}
