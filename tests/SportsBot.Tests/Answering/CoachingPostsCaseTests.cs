using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A national coach sacked after complaints from an academy, a stand-in, a permanent successor, a former champion who
/// spoke out, a federation run by a ministry's appointee, and a tribunal chaired by a judge: posts taken up, a stand-in
/// told from the lasting holder, a place named with its kind, a title held before, and the words a story leads with.
/// </summary>
public sealed class CoachingPostsCaseTests : IClassFixture<CoachingPostsCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public CoachingPostsCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"Who will be the permanent replacement for the gymnastics coach who was sacked?" was refused: "will become head coach" does not say "replace".</summary>
    [Fact]
    public async Task One_who_takes_up_the_post_replaces_its_last_holder()
    {
        var answer = await _corpus.AskAsync("Who will be the permanent replacement for the gymnastics coach who was sacked?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Hanne Brenna", answer.Text);
        Assert.DoesNotContain("Ilse Marek", answer.Text);
    }

    /// <summary>"Who stepped in as interim head coach after Kessick was fired?" was refused, and then answered with the permanent successor.</summary>
    [Fact]
    public async Task A_stand_in_is_not_the_lasting_holder()
    {
        var answer = await _corpus.AskAsync("Who stepped in as interim head coach after Voss was fired?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Ilse Marek", answer.Text);
        Assert.DoesNotContain("Hanne Brenna", answer.Text);
    }

    /// <summary>"How many gymnasts were harmed at the Port Ilvane academy according to the inquiry?" was refused: the inquiry's opening calls it "the national gymnastics academy".</summary>
    [Fact]
    public async Task A_place_named_with_its_kind_is_the_one_its_story_calls_by_the_kind()
    {
        var answer = await _corpus.AskAsync("How many gymnasts were harmed at the Lake Sorna academy, according to the inquiry?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("31 gymnasts", answer.Text);
    }

    /// <summary>"who's the ex-champion who went public about the gymnastics academy" was read as asking who won something.</summary>
    [Fact]
    public async Task A_former_champion_asked_for_is_named_by_the_title_held_before()
    {
        var answer = await _corpus.AskAsync("who's the ex-champion who went public about the gymnastics academy");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Mara Tesse", answer.Text);
    }

    /// <summary>"Who did Tarvonia's sports ministry install to run the judo federation?" read "sports" as the deed, and "named" was not "installed".</summary>
    [Fact]
    public async Task Whom_a_ministry_installs_is_whom_it_named()
    {
        var answer = await _corpus.AskAsync("Who did Orvania's sports ministry install to run the gymnastics federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Pavel Ostrik", answer.Text);
    }

    /// <summary>"Which retired judge led the panel that first punished Brackwater?" was refused: the panel was "chaired by retired judge Mirela Osk".</summary>
    [Fact]
    public async Task A_panel_chaired_by_a_judge_is_led_by_them()
    {
        var answer = await _corpus.AskAsync("Which retired judge led the disciplinary panel that heard the Voss case?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Otto Fell", answer.Text);
    }

    /// <summary>"Who is the new captian of the Brennmark netball team?" was refused: "Priya Handel, 27, has been named as the new captain" put an age between the name and the role.</summary>
    [Fact]
    public async Task An_age_between_a_name_and_its_role_keeps_them_together()
    {
        var answer = await _corpus.AskAsync("Who is the new captain of the Orvania gymnastics team?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lene Varga", answer.Text);
    }

    /// <summary>"Who did the Ironsides appoint as permanent chief executive after Doran Pike left?" was answered with the interim one.</summary>
    [Fact]
    public async Task An_interim_appointment_is_not_the_permanent_one()
    {
        var answer = await _corpus.AskAsync("Who did the Orvania federation appoint as permanent chief executive?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>
    /// "Who is now the permanent head coach…?" was refused: "Dalia Roux, who had been leading the squad…, has been
    /// confirmed as permanent head coach". (This smaller corpus does not reproduce it; it guards the rule's reading.)
    /// </summary>
    [Fact]
    public async Task A_holder_confirmed_in_a_post_after_a_clause_about_them_holds_it()
    {
        var answer = await _corpus.AskAsync("Who is the team doctor of the Orvania gymnastics federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Nina Halvorsen", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("voss-sacked.md", Articles.Markdown("Orvania sacks national gymnastics coach Voss", "2026-02-10",
                """
                The Orvania Gymnastics Federation has sacked women's national head coach Arvid Voss after complaints from gymnasts at the national academy.

                The complaints became public in January when former national champion Mara Tesse, now 24, described her years at the academy in a television interview.

                Ilse Marek, Voss's assistant for six years, will lead the team on an interim basis.

                A disciplinary panel chaired by retired judge Otto Fell will hear the Voss case in April.
                """));
            folder.Write("sorna-inquiry.md", Articles.Markdown("Inquiry finds abuse at gymnastics academy", "2026-06-02",
                """
                An independent inquiry into Orvania's national gymnastics academy has found that 31 gymnasts suffered emotional abuse there between 2015 and 2025, years in which Arvid Voss was head coach.

                Officials had received several warnings about conditions at the Lake Sorna academy, the report said.

                Hanne Brenna, who ran the junior programme in a neighbouring country, will become head coach on 1 July, and Marek will return to her role as assistant.

                Vault specialist Lene Varga, 22, has been named as the new captain of the team.
                """));
            folder.Write("orvania-federation-takeover.md", Articles.Markdown("Ministry takes over Orvania gymnastics federation", "2026-03-05",
                """
                Orvania's sports ministry has dissolved the elected board of the national gymnastics federation. The ministry named Pavel Ostrik, a former tax official, as administrator.

                Finance director Tomas Weil has been appointed interim chief executive of the federation while Ostrik searches for a permanent replacement.

                Nina Halvorsen, who led the junior squad at last year's European Championships, has been confirmed as team doctor.
                """));
        }
    }
}
