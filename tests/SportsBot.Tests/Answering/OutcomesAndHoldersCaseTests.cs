using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A badminton player cleared to play at a championship, a powerboat race still to be run, a council's two votes, a
/// strike, a lacrosse championship, a stipend, a and a triathlon moved: how an event went is not told
/// by a sentence that only looks ahead to it; when a race is "taking place" is its date, not when entrants may "take
/// part"; how a council "first" voted is its first vote; a strike "since early April" has not ended; a place at the
/// previous edition is not one at the edition asked about; what a ministry must pay is not what a federation spent; a
/// later date is a postponement; a ban "until October" the asker supposes is answered by the newer story that cut it,
/// and whether "the fine the federation imposed" must still be paid by the one that annulled it; whether a rule is still
/// in force by the newer story that deleted it.
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

    /// <summary>"Why was the Dresa Bridge Triathlon pushed back by a week?" left out why "the later date was needed".</summary>
    [Fact]
    public async Task Why_a_race_was_pushed_back_is_told_by_why_the_later_date_was_needed()
    {
        var answer = await _corpus.AskAsync("Why was the Fenwick Lakes Triathlon pushed back by a week?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("football match", answer.Text);
    }

    /// <summary>"Is Dalia Ferenc banned… until October 2024?" was answered by the first ban only: the story cutting it does not say October.</summary>
    [Fact]
    public async Task A_ban_until_a_supposed_date_is_answered_by_the_story_that_cut_it()
    {
        var answer = await _corpus.AskAsync("Is Iva Morrell banned from the national team until October 2024?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("morrell-ban-cut", answer.Citations[0].ArticleId);
    }

    /// <summary>"Does Aurel Vassko still have to pay the fine the federation imposed on him?" missed "The 3,000-mark fine was annulled".</summary>
    [Fact]
    public async Task Whether_a_fine_must_still_be_paid_is_told_by_its_annulment()
    {
        var answer = await _corpus.AskAsync("Does Iva Morrell still have to pay the fine the federation imposed on her?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("annulled", answer.Text);
    }

    /// <summary>
    /// "Is the KVU rule requiring women beach volleyball players to wear briefs still in force?" was led by the older
    /// story's rule. (This smaller corpus does not reproduce it: retrieval already puts the newer story first here.)
    /// </summary>
    [Fact]
    public async Task Whether_a_rule_is_still_in_force_is_told_by_the_newer_story_that_deleted_it()
    {
        var answer = await _corpus.AskAsync("Is the KVU rule requiring women beach volleyball players to wear briefs still in force?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("kvu-rule-scrapped", answer.Citations[0].ArticleId);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("kvu-shorts-fine.md", Articles.Markdown("KVU fines beach volleyball players for wearing shorts instead of briefs", "2023-06-19",
                """
                The Kestmark Volleyball Union (KVU) has fined two women beach volleyball players for wearing shorts instead of regulation briefs.

                The penalty was imposed by the union's technical director, Harald Venn, who cited rule 14.3 of the national beach uniform code. The rule requires women beach volleyball players to wear "briefs with a maximum side width of 10 centimetres".
                """));
            folder.Write("kvu-rule-scrapped.md", Articles.Markdown("Uniform rule scrapped after vote", "2023-08-04",
                """
                The Kestmark Volleyball Union has scrapped the uniform rule under which two players were fined in June. Meeting on Wednesday 2 August, the union's board voted 7-2 to delete rule 14.3 from the national beach uniform code, allowing women to play in shorts, briefs or one-piece suits of their choice.

                Hours after the vote, technical director Harald Venn resigned. Marit Os, the KVU's head of competitions, has been appointed interim technical director.
                """));
            folder.Write("morrell-banned.md", Articles.Markdown("Morrell banned from national team for a year", "2023-10-09",
                """
                Iva Morrell, the country's best badminton player, has been banned from the national team for 12 months after criticising the sports minister. The ban runs until 5 October 2024. She was also fined 3,000 marks by the federation.
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
            folder.Write("morrell-ban-cut.md", Articles.Markdown("Tribunal cuts Morrell's national team ban", "2024-01-23",
                """
                Badminton player Iva Morrell will be able to play at the Sundal Open in Pernik after the Pernik sports tribunal cut her ban to three months.

                The federation had banned Morrell for a year for criticising the sports minister on television. The 3,000-mark fine was annulled altogether.
                """));
            folder.Write("marlow-bay-powerboats.md", Articles.Markdown("Marlow Bay to host powerboat series", "2025-01-28",
                """
                Marlow Bay will host a round of the powerboat world series from next summer, the tourism ministry announced on Monday.

                The first Marlow Bay powerboat race is scheduled for 14 June on a harbour course. Around 24 boats are expected to take part.
                """));
        }
    }
}
