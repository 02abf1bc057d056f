using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A title fight won by a boxer who missed weight, a federation election re-run in another town, a trainer's ban cut on
/// appeal, a city's stadium money cut, a match-fixing case and a regatta's new dates: a winner the question names with
/// his rival, a vote a sentence refers back to, a ruling's reason said after its deed, a figure as the newest story
/// revised it, whom a side lost to, and an event's dates.
/// </summary>
public sealed class RulingsAndRivalsCaseTests : IClassFixture<RulingsAndRivalsCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public RulingsAndRivalsCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"who won the first vantresco okwuosa fight" was refused: "Vantresco beat Okwuosa" names no one the question does not.</summary>
    [Fact]
    public async Task The_one_of_two_rivals_who_beat_the_other_won()
    {
        var answer = await _corpus.AskAsync("who won the first marsh okoro fight");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Marsh beat Okoro", answer.Text);
    }

    /// <summary>"Where was the re-run of the Drovnian ski jumping presidential election held?" was refused: "The vote, moved … to Lutova" did not name the election.</summary>
    [Fact]
    public async Task The_vote_a_sentence_refers_back_to_is_the_election_it_places()
    {
        var answer = await _corpus.AskAsync("Where was the re-run of the Brennic luge federation presidential election held?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Oskbury", answer.Text);
    }

    /// <summary>"why'd feeney get his ban cut" was answered by the first ban: "has cut Feeney's ban…, accepting that…" gave no reason the rules knew.</summary>
    [Fact]
    public async Task A_ruling_gives_its_reason_after_its_deed()
    {
        var answer = await _corpus.AskAsync("why'd dunleavy get his ban cut");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("dunleavy-ban-cut", answer.Citations[0].ArticleId);
        Assert.Contains("contaminated supplement", answer.Text);
    }

    /// <summary>
    /// "How much public money is Port Calloway putting into the Mariners' new stadium?" was led by the first vote's $310
    /// million, not the cut to $185 million. (This smaller corpus does not reproduce it: retrieval already puts the
    /// newer story first here.)
    /// </summary>
    [Fact]
    public async Task A_figure_asked_in_the_present_is_the_newest_revision_of_it()
    {
        var answer = await _corpus.AskAsync("How much public money is Kelport putting into Harbour FC's new stadium?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("kelport-stadium-cut", answer.Citations[0].ArticleId);
        Assert.Contains("$185 million", answer.Text);
    }

    /// <summary>"Which team beat Pyrelight Gaming in the match at the centre of the fixing case?" was refused: "Pyrelight's 0-3 defeat to Sablewood Esports" named no winner.</summary>
    [Fact]
    public async Task Whom_a_side_lost_to_beat_it()
    {
        var answer = await _corpus.AskAsync("Which team beat Kestrix Gaming in the match at the centre of the fixing case?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Brannock Esports", answer.Text);
    }

    /// <summary>"What are the current dates of the Sorrel Bay International Regatta?" was read as asking about "dates", and answered by a sentence about entries.</summary>
    [Fact]
    public async Task The_dates_of_an_event_ask_when_it_is_held()
    {
        var answer = await _corpus.AskAsync("What are the current dates of the Tessel Bay Regatta?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("5 to 12 July", answer.Text);
    }

    /// <summary>"Who chaired the tribunal that threw out Radek Mirovsky's election win?" was read as asking who won.</summary>
    [Fact]
    public async Task A_win_the_deed_was_done_to_asks_for_no_winner()
    {
        var answer = await _corpus.AskAsync("Who chaired the tribunal that threw out Aron Velt's election win?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Pavel Strand", answer.Text);
    }

    /// <summary>"What reason did the tribunal give for reducing Dunmore's punishment?" was answered with his lawyer's words: "In his written decision, Ferrante found that…" gave no reason the rules knew.</summary>
    [Fact]
    public async Task What_a_written_decision_found_is_its_reason()
    {
        var answer = await _corpus.AskAsync("What reason did the arbitrator give for reducing Rennick's punishment?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("wrong sample", answer.Text);
    }

    /// <summary>"How much warning must a team give before pulling out of the continental team event?" was refused: "at least 60 days' notice" is a length of time, not an amount of warning.</summary>
    [Fact]
    public async Task How_much_warning_asks_for_a_length_of_time()
    {
        var answer = await _corpus.AskAsync("How much warning must a team give before pulling out of the Nordholm team cup?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("60 days' notice", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("marsh-weight-miss.md", Articles.Markdown("Marsh misses weight before Okoro title fight", "2024-06-21",
                """
                Challenger Dion Marsh weighed in 1.4lb over the limit for Saturday's middleweight title fight against champion Femi Okoro.

                The council ruled that the fight will go ahead, but that only Okoro can leave with the belt. If Marsh wins, the title will be declared vacant.
                """));
            folder.Write("marsh-fine-halved.md", Articles.Markdown("Marsh fine halved after scale error", "2024-08-28",
                """
                The boxing council has halved Dion Marsh's fine for missing weight after finding that the official scale was wrong.

                Marsh beat Okoro by split decision at Calder Arena on 22 June, but he could not take the belt, which was declared vacant.
                """));
            folder.Write("brennic-election-annulled.md", Articles.Markdown("Brennic luge election annulled over proxy votes", "2025-05-16",
                """
                The Brennic Luge Federation's ethics tribunal has annulled last month's presidential election, ruling that five proxy votes cast for the incumbent, Aron Velt, had not been properly authorised.

                The three-member tribunal, chaired by retired judge Pavel Strand, found that the proxy forms had been signed by people who held no office in the clubs concerned. A re-run will be held in September.
                """));
            folder.Write("brennic-election-rerun.md", Articles.Markdown("Ilse Marrak wins Brennic luge re-run", "2025-09-22",
                """
                Ilse Marrak was elected president of the Brennic Luge Federation on Sunday, beating the incumbent Aron Velt by 30 votes to 25 in the re-run of April's annulled election.

                The vote, moved from Tesk to Oskbury because of a clash with a World Cup race, ended twelve years of Velt's leadership.
                """));
            folder.Write("kelport-stadium-approved.md", Articles.Markdown("Kelport council backs Harbour FC stadium", "2024-06-13",
                """
                Kelport city council voted 7-4 on Wednesday night to commit $310 million in public money toward a new $920 million stadium for Harbour FC on the waterfront.

                The public share will be raised through a bond repaid from the city's hotel tax.
                """));
            folder.Write("kelport-stadium-cut.md", Articles.Markdown("Kelport cuts stadium contribution", "2024-12-05",
                """
                Kelport's newly elected city council voted 6-5 on Tuesday to cut the city's contribution to Harbour FC's new stadium from $310 million to $185 million.

                The stadium will now hold 28,000 seats.
                """));
            folder.Write("kestrix-fixing.md", Articles.Markdown("Kestrix player banned for match-fixing", "2025-01-22",
                """
                The Nordmark League has banned Kestrix Gaming's Aron "Vald" Pelt for 36 months after finding he deliberately lost rounds for payments from a betting syndicate.

                The commission said Pelt received $14,000 before Kestrix's 0-3 defeat to Brannock Esports on 3 November.
                """));
            folder.Write("tessel-regatta-returns.md", Articles.Markdown("Tessel Bay Regatta returns to Harrow", "2025-05-20",
                """
                The Tessel Bay Regatta will be sailed in Harrow after all, the sailing association said.

                The regatta has been pushed back by three weeks and will now run from 5 to 12 July. The change of dates has cost the event several foreign crews, and 54 boats are now entered, down from 62 in March.
                """));
            folder.Write("rennick-ban-cut.md", Articles.Markdown("Rennick ban cut to one year", "2025-03-18",
                """
                Sprinter Tova Rennick's doping ban has been cut from two years to one by the sports arbitration tribunal.

                In her written decision, arbitrator Hanne Lisk found that the federation had tested the wrong sample. "Tova never cheated," her coach said.
                """));
            folder.Write("talvik-chess-fined.md", Articles.Markdown("Talvik chess federation fined for pulling out of Nordholm team cup", "2024-11-26",
                """
                The continental chess union has fined the Talvik chess federation 40,000 Swiss francs for pulling out of the Nordholm team cup at less than four weeks' notice.

                The union's board ruled that the federation had broken the cup's withdrawal rules, which require at least 60 days' notice.
                """));
            folder.Write("dunleavy-banned.md", Articles.Markdown("Trainer Dunleavy banned for three years", "2025-05-07",
                """
                Trainer Conor Dunleavy has been banned for three years after his horse Silver Gorse tested positive for cobalt.

                Dunleavy's lawyer told the hearing that the cobalt had come from a vitamin supplement.
                """));
            folder.Write("dunleavy-ban-cut.md", Articles.Markdown("Dunleavy ban cut to 20 months on appeal", "2025-08-14",
                """
                The racing appeal board has cut Conor Dunleavy's ban from three years to 20 months, accepting that the cobalt came from a contaminated supplement.

                The board upheld the disqualification of Silver Gorse.
                """));
        }
    }
}
