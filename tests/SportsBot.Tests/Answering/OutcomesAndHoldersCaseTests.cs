using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A badminton player cleared to play at a championship, a powerboat race still to be run and a lacrosse coach who
/// resigned: how an event went is not told by a sentence that only looks ahead to it, and a "no" to whether somebody
/// still holds a post says who holds it now; a ministry's deed does not say who its minister is; a rink's skip is not
/// "the other players" in it; when a race is "taking place" is its date, not when entrants may "take part"; whom a coach
/// replaced is not who replaced him; how a council "first" voted is its first vote, not the one that reversed it; a
/// strike "since early April" has not ended; a place at the previous edition is not one at the edition asked about;
/// what a ministry must pay is not what a federation spent; the reason "given" is the one cited, and a later date is a
/// postponement; a secretary-general is named by the post as written; a ban "until October" the asker supposes is
/// answered by the newer story that cut it.
/// </summary>
public sealed class OutcomesAndHoldersCaseTests : IClassFixture<OutcomesAndHoldersCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public OutcomesAndHoldersCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"Did Dalia Ferenc win a medal at the Continental Championships?" was answered by "will be able to represent Lorvania at" them.</summary>
    [Fact]
    public async Task Whether_a_player_won_a_medal_is_not_told_by_her_being_cleared_to_play()
    {
        var answer = await _corpus.AskAsync("Did Iva Morrell win a medal at the Sundal Open in Pernik?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>Guard: what the sentence tells as done (the ban cut) is still told.</summary>
    [Fact]
    public async Task What_a_look_ahead_sentence_tells_as_done_still_answers()
    {
        var answer = await _corpus.AskAsync("Did the Pernik tribunal cut Iva Morrell's ban?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("three months", answer.Text);
    }

    /// <summary>"How many boats started the first AquaGP race?" was answered by "Around 20 boats… are expected to take part".</summary>
    [Fact]
    public async Task How_many_started_a_race_is_not_told_by_how_many_are_expected()
    {
        var answer = await _corpus.AskAsync("How many boats started the first Marlow Bay powerboat race?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>Guard: a question that itself looks ahead is answered by the plan.</summary>
    [Fact]
    public async Task How_many_are_expected_is_told_by_the_plan()
    {
        var answer = await _corpus.AskAsync("How many boats are expected to take part in the first Marlow Bay powerboat race?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("24 boats", answer.Text);
    }

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

    /// <summary>
    /// "When is the Dresa Bridge Triathlon taking place?" was led by a story's opening with no date: "taking" was read
    /// as the "take" of "take part", and the newer date "pushed back a week to 21 September" said none of the words.
    /// </summary>
    [Fact]
    public async Task When_a_race_is_taking_place_is_told_by_its_newest_date()
    {
        var answer = await _corpus.AskAsync("When is the Fenwick Lakes Triathlon taking place?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("fenwick-triathlon-moved", answer.Citations[0].ArticleId);
        Assert.Contains("21 September", answer.Text);
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

    /// <summary>"By what margin did Castelbrun town council first vote to end Salle Orvand's lease?" was led by the vote reversing it.</summary>
    [Fact]
    public async Task How_a_council_first_voted_is_told_by_the_first_vote()
    {
        var answer = await _corpus.AskAsync("By what margin did Tarnby town council first vote to end the Tarnby Fencing Club's lease?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("tarnby-lease-ended", answer.Citations[0].ArticleId);
        Assert.Contains("19-12", answer.Text);
    }

    /// <summary>"When did the Brisca Harbour dockworkers' strike end?" was answered by workers "on strike since early April".</summary>
    [Fact]
    public async Task When_a_strike_ended_is_not_told_by_when_it_began()
    {
        var answer = await _corpus.AskAsync("When did the Tolvik Harbour dockworkers' strike end?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"Where did Halvenia finish at the World Championship in Kirrin Bay?" was answered by its place "at the previous edition".</summary>
    [Fact]
    public async Task A_place_at_the_previous_edition_is_not_one_at_the_edition_asked_about()
    {
        var answer = await _corpus.AskAsync("Where did Halvenia finish at the Women's Lacrosse World Championship in Kirrin Bay?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"How much did the Sarvenian Weightlifting Federation spend on Vesk's training costs?" was answered by what "the ministry must pay Vesk".</summary>
    [Fact]
    public async Task What_a_ministry_must_pay_is_not_what_a_federation_spent()
    {
        var answer = await _corpus.AskAsync("How much did the Dravia Weightlifting Federation spend on Lena Vask's training costs?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"What reason was given for Jorund Halvaag's departure?" left out "with Halvaag citing 'family reasons'": no sentence says "given".</summary>
    [Fact]
    public async Task The_reason_given_for_a_departure_is_the_one_cited()
    {
        var answer = await _corpus.AskAsync("What reason was given for Ilan Voss's departure?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("family reasons", answer.Text);
    }

    /// <summary>"Why was the Dresa Bridge Triathlon pushed back by a week?" left out why "the later date was needed".</summary>
    [Fact]
    public async Task Why_a_race_was_pushed_back_is_told_by_why_the_later_date_was_needed()
    {
        var answer = await _corpus.AskAsync("Why was the Fenwick Lakes Triathlon pushed back by a week?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("football match", answer.Text);
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

    /// <summary>"Is Dalia Ferenc banned… until October 2024?" was answered by the first ban only: the story cutting it does not say October.</summary>
    [Fact]
    public async Task A_ban_until_a_supposed_date_is_answered_by_the_story_that_cut_it()
    {
        var answer = await _corpus.AskAsync("Is Iva Morrell banned from the national team until October 2024?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("morrell-ban-cut", answer.Citations[0].ArticleId);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("morrell-banned.md", Articles.Markdown("Morrell banned from national team for a year", "2023-10-09",
                """
                Iva Morrell, the country's best badminton player, has been banned from the national team for 12 months after criticising the sports minister. The ban runs until 5 October 2024.
                """));
            folder.Write("dravia-badminton-code.md", Articles.Markdown("Dravia Badminton Federation defends its code of conduct", "2023-10-09",
                """
                The Dravia Badminton Federation (DBF) has defended the code of conduct its national team members sign.

                DBF secretary-general Piet Sim said the federation supported free debate. Deputy secretary-general Ola Brenn said the code would be reviewed next year.
                """));
            folder.Write("vask-stipend-restored.md", Articles.Markdown("Court restores Vask's stipend", "2023-06-15",
                """
                A court has ordered Dravia's sport ministry to restore the stipend of weightlifter Lena Vask. The ministry must pay Vask 5,550 talars in arrears to cover her training costs since March.

                The Dravia Weightlifting Federation had supported Vask's training in the meantime.
                """));
            folder.Write("halvenia-captain-dropped.md", Articles.Markdown("Halvenia drops captain before World Championship", "2022-09-16",
                """
                Halvenia's lacrosse captain Maren Oak has been left out of the squad for the Women's Lacrosse World Championship in Kirrin Bay next month.

                Halvenia finished fifth at the previous edition and had been tipped as outside contenders for a medal. The omission drew immediate criticism.
                """));
            folder.Write("tolvik-cap-ban.md", Articles.Markdown("Tolvik manager banned for strike slogan cap", "2024-05-22",
                """
                Tolvik Mariners manager Rune Adler has been suspended for twelve games for wearing a cap bearing the slogan "Port Wages Now".

                He kept the cap on throughout the Mariners' win on Saturday 18 May, a gesture read as support for the dockworkers at Tolvik Harbour, who have been on strike since early April.
                """));
            folder.Write("tarnby-lease-ended.md", Articles.Markdown("Tarnby fencing club told to leave its hall", "2023-03-02",
                """
                The Tarnby Fencing Club, founded in 1961, has been told to vacate its hall by 30 June.

                The club will have to leave after the town council voted 19-12 on Tuesday night to end its lease and turn the building into flats.
                """));
            folder.Write("tarnby-lease-renewed.md", Articles.Markdown("Tarnby council reverses fencing club eviction", "2023-05-17",
                """
                Tarnby town council has reversed its February vote to end the Tarnby Fencing Club's lease, and the club will stay in its hall.

                Councillors voted 22 to 9 on Monday night to grant the club a new ten-year lease.
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
            folder.Write("fenwick-triathlon.md", Articles.Markdown("Fenwick Lakes Triathlon to cross the border", "2024-05-04",
                """
                The Fenwick Lakes Triathlon, scheduled for 14 September 2024, will start with a swim in Lake Fen before competitors ride across the Arn Bridge.

                The interior ministers of both countries signed the border agreement on 2 May.
                """));
            folder.Write("fenwick-triathlon-moved.md", Articles.Markdown("Fenwick Lakes Triathlon loses its bridge", "2024-08-06",
                """
                The Fenwick Lakes Triathlon will no longer cross the Arn Bridge.

                Organisers confirmed on Monday that the race has been pushed back a week to 21 September and will stay on home roads. Athletes who no longer wish to take part can claim a full refund until 31 August.

                Race director Finn Alde said the later date was needed because police could not close the bike route on 14 September, when a football match is being played in town.
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
            folder.Write("morrell-ban-cut.md", Articles.Markdown("Tribunal cuts Morrell's national team ban", "2024-01-23",
                """
                Badminton player Iva Morrell will be able to play at the Sundal Open in Pernik after the Pernik sports tribunal cut her ban to three months.

                The federation had banned Morrell for a year for criticising the sports minister on television.
                """));
            folder.Write("marlow-bay-powerboats.md", Articles.Markdown("Marlow Bay to host powerboat series", "2025-01-28",
                """
                Marlow Bay will host a round of the powerboat world series from next summer, the tourism ministry announced on Monday.

                The first Marlow Bay powerboat race is scheduled for 14 June on a harbour course. Around 24 boats are expected to take part.
                """));
        }
    }
}
