using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A rowing federation's vote to expel a club, a cricketer fined in his country's own currency, a handball final moved,
/// a fencing federation led by a stand-in, a table-tennis player's ranking, a cycling team's new manager and referees
/// banned for bribes: the fact as it stands, a sum in a currency no list knows, how a matter ended up, people a
/// question asks to name, a successor, whose fine is asked, and a president voted out in a re-run.
/// </summary>
public sealed class StandingFactsCaseTests : IClassFixture<StandingFactsCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public StandingFactsCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>
    /// "What is Lio Tamsen's current world ranking?" was led by the older story's "ranked 31st", not "now ranked 27th".
    /// (This smaller corpus does not reproduce it: retrieval already puts the newer story first here.)
    /// </summary>
    [Fact]
    public async Task A_current_fact_is_led_by_the_newest_story_that_answers()
    {
        var answer = await _corpus.AskAsync("What is Mira Kast's current world ranking?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("kast-switch-approved", answer.Citations[0].ArticleId);
        Assert.StartsWith("As of 15 September 2025", answer.Text);
    }

    /// <summary>
    /// "Who is currently leading the Ostrelian Chess Federation?" was led by the resigned president's quote. (This
    /// smaller corpus does not reproduce it: retrieval already puts the newer story first here.)
    /// </summary>
    [Fact]
    public async Task Who_leads_now_is_told_by_the_newest_story()
    {
        var answer = await _corpus.AskAsync("Who is currently leading the Talvik Fencing Federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("talvik-fencing-fined", answer.Citations[0].ArticleId);
        Assert.Contains("Greta Holm", answer.Text);
    }

    /// <summary>"how much does dunmore have to pay now after the appeal" was refused: "lumos" is no currency the rules knew.</summary>
    [Fact]
    public async Task A_sum_a_fine_is_counted_in_is_money_whatever_its_currency()
    {
        var answer = await _corpus.AskAsync("how much does lunde have to pay now after the appeal");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("20,000 dorins", answer.Text);
    }

    /// <summary>
    /// "how much did pyrelight end up getting fined" was led by the first fine; "where did … end up being played" was read
    /// as asking for a place in the order, and refused.
    /// </summary>
    [Fact]
    public async Task Where_a_final_ended_up_being_played_is_told_by_the_newest_story()
    {
        var answer = await _corpus.AskAsync("where did the orlan cup final end up being played");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("orlan-final-moved", answer.Citations[0].ArticleId);
        Assert.Contains("Marden Park", answer.Text);
    }

    /// <summary>
    /// "Which three Castavian Cricket Board members voted against…?" was answered with the six-to-three count: the
    /// body's name hid the noun "members", and "voted 7-4 on Sunday" passed as naming someone.
    /// </summary>
    [Fact]
    public async Task Members_a_question_asks_to_name_are_not_named_by_a_count_and_a_day()
    {
        var answer = await _corpus.AskAsync("Which three Velmora Rowing Federation board members voted against expelling the club?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"Which four regional delegates used the unsigned proxy letters?" was answered by a sentence naming only the congress's towns.</summary>
    [Fact]
    public async Task A_town_and_its_owner_name_none_of_the_people_asked_for()
    {
        var answer = await _corpus.AskAsync("Which two delegates cast blank ballots at the rowing congress?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>A which-question whose sentence names the people asked for is still answered.</summary>
    [Fact]
    public async Task People_named_in_a_list_answer_a_which_question()
    {
        var answer = await _corpus.AskAsync("Which two Talvik Fencing Federation board members resigned?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Petra Lind", answer.Text);
    }

    /// <summary>"Who is the general manager of the former Velotrax-Ambrell team now?" was refused: "He is replaced by Annika Florou" does not say "manager" again.</summary>
    [Fact]
    public async Task Whoever_replaces_a_holder_holds_the_post()
    {
        var answer = await _corpus.AskAsync("Who is the general manager of the Brevan-Oster team now?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Ines Marrow", answer.Text);
    }

    /// <summary>"How much was referee Jonas Mirecki fined?" was answered with the club's fine: "referee" before the name hid whom the question asks about.</summary>
    [Fact]
    public async Task A_fine_of_another_does_not_answer_how_much_a_referee_was_fined()
    {
        var answer = await _corpus.AskAsync("How much was referee Teo Vass fined by the disciplinary commission?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"Is Stellan Ivorsky still president of the Kalvorian Athletics Federation?" was answered by his re-election: the rival elected in the re-run does not name him.</summary>
    [Fact]
    public async Task Another_elected_to_the_post_answers_whether_one_still_holds_it()
    {
        var answer = await _corpus.AskAsync("Is Edvin Tamm still president of the Velmora Rowing Federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("holt-wins-rerun", answer.Citations[0].ArticleId);
        Assert.Contains("Sanna Holt has been elected president", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("velmora-rowing-expels-club.md", Articles.Markdown("Velmora Rowing Federation expels Ostrand Boat Club", "2025-03-04",
                """
                The Velmora Rowing Federation's board voted 6-3 on Sunday to expel the Ostrand Boat Club after the club refused to open its accounts to an audit.

                Two delegates cast blank ballots at the rowing congress, which was moved to Harlow after complaints from delegates in Brisk, Edvin Tamm's home town.
                """));
            folder.Write("brevan-oster-sponsor.md", Articles.Markdown("Brevan-Oster team could fold after sponsor collapse", "2024-08-06",
                """
                Cycling team Brevan-Oster could fold at the end of the season after its title sponsor entered administration owing the team £2.4 million.

                General manager Tomas Quill said the team had enough money to pay its riders until October but no guarantee beyond that.
                """));
            folder.Write("brevan-oster-rescue.md", Articles.Markdown("Sunlace rescues the former Brevan-Oster team", "2024-11-19",
                """
                The cycling team formerly known as Brevan-Oster has been saved by solar company Sunlace, which has signed a three-year deal.

                Tomas Quill, who led the search for a sponsor, has stepped down as general manager and will become a team ambassador.

                He is replaced by Ines Marrow, a former commercial director at Sunlace.
                """));
            folder.Write("morra-referees-banned.md", Articles.Markdown("Referees banned over Morra bribes", "2026-05-07",
                """
                The handball federation's disciplinary commission has banned referee Aldo Brink for life and his partner Teo Vass for eight years for accepting bribes to favour HC Morra.

                HC Morra were docked six points and fined €150,000.
                """));
            folder.Write("tamm-re-elected.md", Articles.Markdown("Tamm re-elected rowing chief by two votes", "2025-10-13",
                """
                Edvin Tamm was re-elected president of the Velmora Rowing Federation for a third term on 11 October, beating challenger Sanna Holt by 31 votes to 29.

                Holt said two delegates had voted with unsigned proxy letters and that she would complain to the federation's tribunal.
                """));
            folder.Write("holt-wins-rerun.md", Articles.Markdown("Holt wins re-run to lead Velmora rowing", "2026-01-26",
                """
                Sanna Holt has been elected president of the Velmora Rowing Federation, winning a re-run of last October's disputed election by 34 votes to 27.

                She is the first woman to lead the federation. In the October vote, the incumbent Edvin Tamm had won by 31 votes to 29.
                """));
            folder.Write("lunde-fined.md", Articles.Markdown("Dravik spinner Lunde fined for unsanctioned league", "2025-04-10",
                """
                The Dravik Cricket Board has banned spinner Oskar Lunde for a year and fined him 45,000 dorins for playing in an unsanctioned league abroad.

                Lunde said he would appeal against the decision.
                """));
            folder.Write("lunde-appeal.md", Articles.Markdown("Appeals panel cuts Lunde's ban to four months", "2025-07-01",
                """
                An appeals panel has cut Oskar Lunde's ban from a year to four months.

                The panel also reduced Lunde's fine from 45,000 dorins to 20,000 dorins, ruling that the board had ignored his requests for permission.
                """));
            folder.Write("orlan-final-venue.md", Articles.Markdown("Orlan Cup final to be played at Rusk Arena in Tolvik", "2025-03-02",
                """
                The Orlan Cup final will be played at Rusk Arena in Tolvik on 14 June, the handball federation said.

                The federation said Rusk Arena was chosen because its roof had been repaired in time for the final being played there.
                """));
            folder.Write("orlan-final-moved.md", Articles.Markdown("Orlan Cup final switched to Marden Park", "2025-05-08",
                """
                The Orlan Cup final has been switched to Marden Park in Selby after inspectors found new damage to the roof at Rusk Arena.

                The date of 14 June is unchanged.
                """));
            folder.Write("talvik-fencing-boycott.md", Articles.Markdown("Talvik Fencing Federation president leading boycott of Nordholm championship", "2024-09-17",
                """
                The Talvik Fencing Federation will boycott next month's Nordholm championship after two of its fencers were refused visas.

                "We will not send a team that someone else has picked for us," said federation president Anselm Roe, who is leading the protest.

                Two board members, Petra Lind and Oskar Brandt, resigned in protest at the boycott.
                """));
            folder.Write("talvik-fencing-fined.md", Articles.Markdown("Talvik Fencing Federation fined for boycott", "2024-11-26",
                """
                The Talvik Fencing Federation has been fined 30,000 Swiss francs for its boycott of the Nordholm championship.

                Anselm Roe resigned as president two weeks ago. Vice-president Greta Holm is leading the federation as interim president until elections in March.
                """));
            folder.Write("kast-switch-blocked.md", Articles.Markdown("World No 40 Mira Kast's switch blocked by table tennis council", "2025-06-04",
                """
                The World Table Tennis Council has rejected Mira Kast's request to switch from Orlavia to Pennick, ruling that she must wait three years.

                Kast is ranked 40th in the world ranking.
                """));
            folder.Write("kast-switch-approved.md", Articles.Markdown("Kast cleared to play for Pennick", "2025-09-15",
                """
                Mira Kast will play for Pennick from 1 October after the World Table Tennis Council approved her change of nationality.

                Kast, who moved to Pennick at 19 and is now ranked 33rd in the world, said she was relieved.
                """));
        }
    }
}
