using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A stage race rerouted after riders threatened a boycott, an open water race moved and put back, a netball strike
/// that ended, and a rugby shirt deal reworked: the later turn of a matter that changed, a stage and a season told by
/// number, a plan told from what happened, a length said with a verb, and money in a currency marked by letters.
/// </summary>
public sealed class StageRaceCaseTests : IClassFixture<StageRaceCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public StageRaceCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how long is stage 5 of the tour of amberlund now" was refused: "The stage on 14 May will now run 152 km".</summary>
    [Fact]
    public async Task A_course_s_length_is_said_by_the_verb_it_runs_with()
    {
        var answer = await _corpus.AskAsync("how long is stage 4 of the tour of varna now");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("148 km", answer.Text);
    }

    /// <summary>"Who won stage five of the Tour of Amberlund?" was answered with the winner of the opening stage.</summary>
    [Fact]
    public async Task The_winner_of_another_stage_is_not_the_one_asked_for()
    {
        var answer = await _corpus.AskAsync("Who won stage four of the Tour of Varna?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task The_winner_of_the_stage_asked_for_answers()
    {
        var answer = await _corpus.AskAsync("Who won the first stage of the Tour of Varna?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Jori Kast", answer.Text);
    }

    /// <summary>"Why did the race director finally give up on using the descent?" was answered with the riders' letter from the story before.</summary>
    [Fact]
    public async Task Finally_asks_for_the_last_turn_of_the_matter()
    {
        var answer = await _corpus.AskAsync("Why did the organisers finally give up on the Kessel descent?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "14 May 2026", "2 May 2026");
    }

    /// <summary>"Where were the championships eventually held after Malaysia lost them?" was answered with where they had been due to take place.</summary>
    [Fact]
    public async Task How_a_matter_ended_is_not_what_was_planned()
    {
        var answer = await _corpus.AskAsync("Where was the Varna 10k swim eventually held?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"when is the maradia open water 10k actually happening now?" was refused: a story writes the race "10km".</summary>
    [Fact]
    public async Task A_fan_s_10k_is_the_story_s_10km()
    {
        var answer = await _corpus.AskAsync("when is the varna 10k swim happening now?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("28 June", answer.Text);
    }

    /// <summary>
    /// "Is the Tarvessa netball strike still going on?" was led by the story of the strike's start, the closer in
    /// meaning. (This smaller corpus does not reproduce it: the newer story supersedes the older by meaning alone.)
    /// </summary>
    [Fact]
    public async Task A_story_opening_on_a_strike_ended_leads_a_question_about_now()
    {
        var answer = await _corpus.AskAsync("Is the Ostra netball strike still going on?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "ended their five-week walkout", "went on strike");
    }

    /// <summary>"What minimum salary did the union originally demand?" was refused: "T$30,000" was no money.</summary>
    [Fact]
    public async Task A_dollar_marked_by_letters_is_money()
    {
        var answer = await _corpus.AskAsync("What minimum salary did the Ostra netball union originally demand?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("V$32,000", answer.Text);
    }

    /// <summary>"What share of players backed walking out in the netball pay dispute?" was answered with a salary once "T$" was money.</summary>
    [Fact]
    public async Task A_share_is_a_part_of_a_whole_not_a_sum()
    {
        var answer = await _corpus.AskAsync("What share of players backed the walkout in the Ostra netball pay dispute?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("91 per cent", answer.Text);
    }

    /// <summary>"What's the highest salary in the Tarvessa Netball Super League?" was answered with the minimum salary.</summary>
    [Fact]
    public async Task The_minimum_salary_is_no_answer_about_the_highest()
    {
        var answer = await _corpus.AskAsync("What's the highest salary in the Ostra netball league?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"when will the new kaldoria rugby shirt first be worn" was answered from the first deal's story, read as about the past.</summary>
    [Fact]
    public async Task The_new_shirt_is_the_newest_story_s()
    {
        var answer = await _corpus.AskAsync("when will the new varna rugby shirt first be worn");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("7 February 2027", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("varna-tour-threat.md", Articles.Markdown("Riders threaten to boycott Tour of Varna stage", "2026-05-02",
                """
                Twelve teams have told the Tour of Varna they will not race stage four unless the Kessel descent is removed. Their letter asks the organisers to give up the descent because the road surface was left loose after repairs.

                The organisers have so far refused to give up the Kessel descent, the steepest of the race, saying the road will be ready.

                Stage four is due to run 176 km from Ossel to a summit finish.
                """));
            folder.Write("varna-tour-rerouted.md", Articles.Markdown("Tour of Varna drops Kessel descent", "2026-05-14",
                """
                The Tour of Varna has dropped the Kessel descent from stage four because an inspection on 12 May found the new surface had not settled.

                The stage will now run 148 km and finish in the valley town of Rask. Jori Kast won the opening stage in a sprint.
                """));
            folder.Write("varna-swim-postponed.md", Articles.Markdown("Varna 10km swim postponed over harbour pollution", "2026-05-20",
                """
                The Varna 10km open water swim had been due to take place in the harbour on 24 May. It has been postponed after tests found high bacteria levels.
                """));
            folder.Write("varna-swim-moved.md", Articles.Markdown("Varna 10km swim put back to 28 June", "2026-06-04",
                """
                Organisers said the Varna 10km open water swim has been put back again, to 28 June, while the harbour is cleaned.
                """));
            folder.Write("ostra-netball-strike.md", Articles.Markdown("Ostra netball players strike over pay", "2026-03-06",
                """
                Players at all six clubs of the Ostra netball league went on strike on Saturday over minimum pay. The Ostra netball strike is still going on after talks broke down on Friday, and the league has called off its second round.

                The union wants the league minimum salary raised from V$20,000 to V$32,000 a season. Captain Ida Lorne said players had voted 91 per cent in favour of the walkout.
                """));
            folder.Write("ostra-netball-strike-ends.md", Articles.Markdown("Ostra netball strike ends with pay deal", "2026-04-10",
                """
                Ostra's netball players have ended their five-week walkout after accepting a deal that raises the league minimum salary to V$27,000 this season.
                """));
            folder.Write("varna-rugby-shirt.md", Articles.Markdown("Varna rugby signs shirt deal with oil firm", "2026-08-01",
                """
                The Varna Rugby Union has signed a four-year shirt sponsorship with the oil company Petrolen, whose logo will go on the front of the match shirt.
                """));
            folder.Write("varna-rugby-shirt-reworked.md", Articles.Markdown("Varna rugby moves oil logo off shirts after players object", "2026-11-02",
                """
                The Varna Rugby Union has reworked its shirt deal with Petrolen after players refused to wear the logo.

                The front of the match shirt will instead carry the logo of the national railway, from the opening match against Ostland on 7 February 2027.
                """));
        }
    }
}
