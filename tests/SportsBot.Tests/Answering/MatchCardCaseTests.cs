using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A stadium ID law, a referees' strike, a ball boy who collapsed in the heat, an age limit raised by a vote, and a
/// season postponed and then rescheduled: sums in a country's own currency, counts told by the deed, ages of people the
/// question only describes, tallies, and a date as it stands now.
/// </summary>
public sealed class MatchCardCaseTests : IClassFixture<MatchCardCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public MatchCardCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how much is the government spending on the Fan Pass system?" was refused: "spending" was read as the thing measured, and "9 million sedras" as no sum.</summary>
    [Fact]
    public async Task What_a_government_is_spending_is_the_sum_it_will_spend()
    {
        var answer = await _corpus.AskAsync("how much is the government spending on the match card system?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("7 million lunars", answer.Text);
    }

    /// <summary>The government's spending is not what a fan pays.</summary>
    [Fact]
    public async Task What_a_card_costs_a_fan_is_not_what_the_government_spends()
    {
        var answer = await _corpus.AskAsync("how much does a match card cost for a fan?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_sum_a_body_has_agreed_to_pay_answers_what_it_is_paying()
    {
        var answer = await _corpus.AskAsync("how much is the varnish rugby union paying to settle the concussion case?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("9.5 million marks", answer.Text);
    }

    /// <summary>"how many people were arrested at sedrian league games last season" was refused: the story counts "412 arrests".</summary>
    [Fact]
    public async Task People_arrested_are_counted_by_the_arrests()
    {
        var answer = await _corpus.AskAsync("how many people were arrested at dorvanian league games last season?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("388 arrests", answer.Text);
    }

    /// <summary>"how many refs got assaulted in tellmark in 2024" was refused: "refs" are referees, and the story counts the assaults.</summary>
    [Fact]
    public async Task Refs_assaulted_are_counted_by_the_assaults_on_referees()
    {
        var answer = await _corpus.AskAsync("how many refs got assaulted in tarnholm in 2024");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("131", answer.Text);
    }

    /// <summary>"what was the score when the ref got punched?" was answered with "the weekend of 22-23 March", then with another story's scoreline.</summary>
    [Fact]
    public async Task A_day_range_is_no_score()
    {
        var answer = await _corpus.AskAsync("what was the score when the ref got knocked out?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"who runs the estravian skating union" was refused: no story says anybody "runs" it.</summary>
    [Fact]
    public async Task Who_runs_a_union_is_its_president()
    {
        var answer = await _corpus.AskAsync("who runs the tarnholm referees union");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Ivo Stahl", answer.Text);
    }

    /// <summary>"What's the name of the player who decked Dario Vesk?" was answered with the hospital he was taken to and the reserves team he refereed.</summary>
    [Fact]
    public async Task A_hospital_or_a_reserves_team_is_nobody_who_punched_the_referee()
    {
        var answer = await _corpus.AskAsync("What's the name of the player who decked Ola Brenn?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"how old was the ball girl who passed out?" was refused: the story calls her "a 14-year-old ball girl" and names her nowhere.</summary>
    [Fact]
    public async Task The_age_of_somebody_described_is_the_age_given_to_the_description()
    {
        var answer = await _corpus.AskAsync("how old was the ball boy who passed out?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("13-year-old", answer.Text);
    }

    /// <summary>"how much do the ball kids get paid per shift?" was answered with another story's payment, its closest sentence in meaning.</summary>
    [Fact]
    public async Task Another_story_s_payment_is_not_what_ball_boys_get_paid()
    {
        var answer = await _corpus.AskAsync("how much do the ball boys get paid per shift?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"what was the vote count at the wfsf congress on the age limit?" was answered with "from 15 to 17", read as a tally.</summary>
    [Fact]
    public async Task A_tally_written_like_a_score_is_the_vote_count()
    {
        var answer = await _corpus.AskAsync("what was the vote count at the widf congress on the age limit?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "58-27", "from 15 to 17");
    }

    /// <summary>"when does the marvesse water polo season start now?" was answered with the first story's date: the newer one says "Marvessan".</summary>
    [Fact]
    public async Task The_newest_date_leads_when_asked_what_it_is_now()
    {
        var answer = await _corpus.AskAsync("when does the quellse handball season start now?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "21 November", "10 November");
    }

    /// <summary>"Who did Kessa Sharks beat in last season's final?" was answered with where the defending champions open the season.</summary>
    [Fact]
    public async Task Defending_champions_beat_nobody_the_story_names()
    {
        var answer = await _corpus.AskAsync("Who did Velde Wolves beat in last season's final?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("dorvania-match-card-law.md", Articles.Markdown("Dorvania passes Match Card law for league games", "2025-10-08",
                """
                Supporters in Dorvania will need a digital Match Card linked to their identity card to attend Premier League games from 1 February 2026, after parliament approved the government's stadium security bill on Tuesday.

                The bill passed by 98 votes to 61. The government will spend 7 million lunars on the system, including scanners at all 14 grounds.

                Interior Minister Karl Dent said the measure was needed after a season in which police made 388 arrests at league matches.

                To ease the burden on clubs, the league will pay half of the 2 million marks annual running cost.
                """));
            folder.Write("tarnholm-referees-strike.md", Articles.Markdown("Tarnholm referees to strike after assault", "2025-03-14",
                """
                Referees across Tarnholm will refuse to officiate amateur football matches on the weekend of 15-16 March after one of their members was knocked unconscious by a player during a game last Sunday.

                Figures published by the federation in January showed 131 reported assaults on referees in 2024, up from 90 the year before.

                The referee, Ola Brenn, was punched in the face during a match between FC Velde Reserves and Kross United. He spent two nights in Velde General Hospital.

                Ivo Stahl, president of the Tarnholm Referees Union, said the strike would go ahead.
                """));
            folder.Write("corvel-open-ball-boy.md", Articles.Markdown("Corvel Open fined after ball boy collapses in heat", "2025-07-16",
                """
                Corvel's labour inspectorate has fined the organisers of the Corvel Open 60,000 dinars after a 13-year-old ball boy collapsed on court during a heatwave.

                The boy fainted during a second-round match on Court 2 on 9 July, when the temperature at court level was 40C. Ball boys worked shifts of up to five hours.
                """));
            folder.Write("varnish-rugby-settlement.md", Articles.Markdown("Varnish Rugby Union settles concussion claim", "2025-02-07",
                """
                The Varnish Rugby Union has agreed to pay 9.5 million marks to settle the lawsuit brought by former players who say they suffered brain damage during their careers.
                """));
            folder.Write("ice-dance-age-limit.md", Articles.Markdown("Ice dance federation raises senior age limit to 17", "2025-06-12",
                """
                The World Ice Dance Federation (WIDF) congress has voted to raise the minimum age limit for senior competition from 15 to 17, a change that could keep some young stars out of the world championships.
                """));
            folder.Write("ice-dance-age-limit-phased.md", Articles.Markdown("WIDF phases in new age limit", "2025-10-21",
                """
                The World Ice Dance Federation (WIDF) has decided to introduce its new senior age limit in two stages.

                In June, the WIDF had voted 58-27 to move straight to 17.
                """));
            folder.Write("quellse-handball-postponed.md", Articles.Markdown("Quellse handball season postponed as councils shut halls", "2025-09-18",
                """
                The Quellse Handball League has postponed the start of its new season after councils closed six sports halls over soaring energy bills.

                The league, which had been due to open on 3 October, said on Wednesday that no matches would be played before 10 November at the earliest.
                """));
            folder.Write("quellse-halls-reopen.md", Articles.Markdown("Halls reopen after U-turn on energy aid, handball to start on 21 November", "2025-11-06",
                """
                Five of the six council halls closed since October will reopen next week after the Quellsan government agreed to pay part of their energy bills, clearing the way for the delayed handball season to begin on 21 November.

                Velde Wolves, the defending champions, will open the season away at Lorne Handball Club.
                """));
        }
    }
}
