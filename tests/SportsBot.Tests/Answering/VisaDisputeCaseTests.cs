using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A volleyball team refused visas, a league sold to a streaming service, and a player suspended for striking a
/// referee: a price told by what the seller charges, an excuse asked for as a reason, a time ahead of an event, names
/// listed after the count of them, a person a sentence tells only by age, an assistant's post, what was so at first,
/// how a body voted, and a run of results.
/// </summary>
public sealed class VisaDisputeCaseTests : IClassFixture<VisaDisputeCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public VisaDisputeCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how much does a courtside+ sub cost a mnth" was refused: the story says what the service will "charge".</summary>
    [Fact]
    public async Task What_a_service_charges_is_what_it_costs()
    {
        var answer = await _corpus.AskAsync("how much does a CourtPass subscription cost a month?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("9.49 crowns a month", answer.Text);
    }

    /// <summary>"what excuse did brenmark give for still blocking the two staffers?" was refused: an excuse is a reason.</summary>
    [Fact]
    public async Task An_excuse_asked_for_is_the_reason_given()
    {
        var answer = await _corpus.AskAsync("what excuse did velmar give for still refusing the two staff members?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("overstayed", answer.Text);
    }

    /// <summary>"How far ahead of an event will CHC hosts have to guarantee entry…?" was read as a distance and refused.</summary>
    [Fact]
    public async Task How_far_ahead_of_an_event_is_a_length_of_time_before_it()
    {
        var answer = await _corpus.AskAsync("How far ahead of a tournament will hosts have to guarantee entry under the new rule?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("45 days before", answer.Text);
    }

    /// <summary>"Which Tarvesh staff members were still denied visas…?" was refused: "Two members of staff, goalkeeping coach Luka Pavlin and…" was read as a count.</summary>
    [Fact]
    public async Task Names_after_the_count_of_them_answer_which_ones()
    {
        var answer = await _corpus.AskAsync("Which Ostrian staff members were still refused visas after the review?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Anna Kell", answer.Text);
    }

    /// <summary>"Which clubs voted against the NBP streaming deal?" was refused: "The three clubs that voted against were the…" names them after "were".</summary>
    [Fact]
    public async Task Names_given_after_were_answer_which_ones()
    {
        var answer = await _corpus.AskAsync("Which clubs voted against the CourtPass deal?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Norden Pines", answer.Text);
    }

    /// <summary>"how long was reinholt banned for?" was refused: the panel "suspended the 27-year-old for twelve months".</summary>
    [Fact]
    public async Task A_person_told_by_age_is_the_one_named_before()
    {
        var answer = await _corpus.AskAsync("how long was arvik suspended for?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("ten months", answer.Text);
    }

    /// <summary>"Who is the head coach of the Tarvesh women's handball team?" was answered with "goalkeeping coach Luka Pavlin".</summary>
    [Fact]
    public async Task An_assistant_coach_is_not_the_head_coach()
    {
        var answer = await _corpus.AskAsync("Who is the head coach of the Ostrian volleyball team?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"How many Tarvesh players were initially refused visas?" was answered from the later story, in which all were cleared.</summary>
    [Fact]
    public async Task What_was_so_at_first_is_told_by_the_first_story()
    {
        var answer = await _corpus.AskAsync("How many Ostrian players were initially refused visas by Velmar?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "five of the 14 players", "all 14 players");
    }

    /// <summary>"How did the clubs vote on the deal?" asks for the tally.</summary>
    [Fact]
    public async Task How_the_clubs_voted_is_the_tally()
    {
        var answer = await _corpus.AskAsync("How did the clubs vote on the CourtPass deal?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("9 to 3", answer.Text);
    }

    /// <summary>"How did the Port Halveny council vote at the emergency session?" was answered with "approved the contract", which gives no tally.</summary>
    [Fact]
    public async Task A_body_that_approved_something_gives_no_tally_of_how_it_voted()
    {
        var answer = await _corpus.AskAsync("How did the league board vote on the new schedule?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"What is Dravnia's latest asking price for letting Kostelnik switch?" was read as asking what a price is.</summary>
    [Fact]
    public async Task An_asking_price_for_something_is_a_sum()
    {
        var answer = await _corpus.AskAsync("What is the Rovers' asking price for selling Arvik?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("400,000 crowns", answer.Text);
    }

    /// <summary>"Who chaired the Corvanian Sports Arbitration Panel hearing?" was answered with "The electoral commission's chair, Piotr Halvek".</summary>
    [Fact]
    public async Task A_commission_s_chair_did_not_chair_the_tribunal()
    {
        var answer = await _corpus.AskAsync("Who chaired the Ostby Sports Tribunal hearing on Arvik's appeal?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>A body the story names only by its kind is the one asked about when the question names that kind.</summary>
    [Fact]
    public async Task The_federation_s_president_is_the_named_federation_s()
    {
        var answer = await _corpus.AskAsync("Who is the president of the Ostby Football Federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Mats Lind", answer.Text);
    }

    /// <summary>"What was the score of Halvaria's game against Brenmark?" was answered with Tarvesh's results against each of them.</summary>
    [Fact]
    public async Task A_run_of_results_holds_no_score_between_two_opponents()
    {
        var answer = await _corpus.AskAsync("What was the score of Kessia's game against Velmar?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_run_of_results_gives_the_subject_s_score_against_each_opponent()
    {
        var answer = await _corpus.AskAsync("What was the score when Ostria played Kessia?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("0-3 to Kessia", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostria-volleyball-visas.md", Articles.Markdown("Ostria volleyball players get visas, two staff still refused", "2026-04-09",
                """
                Ostria's women's volleyball team will play the qualifying tournament in Velmar after all of its players were granted visas on Tuesday.

                Following a review by Velmar's interior ministry, visas were issued to all 14 players. Two members of staff, physiotherapist Anna Kell and assistant coach Rui Maro, were still refused. Velmar's interior ministry said both had "overstayed previous visas" in 2022, which the Ostrian federation denies.

                On court, Ostria beat Velmar 3-1 on 2 May, lost 0-3 to Kessia on 3 May and beat Lorn 3-2 on 4 May.

                The continental federation said it would require host countries to guarantee entry for every accredited team at least 45 days before an event.
                """));
            folder.Write("ostria-volleyball-visas-refused.md", Articles.Markdown("Velmar refuses visas to Ostria volleyball players", "2026-03-12",
                """
                Velmar's embassy has refused visas to five of the 14 players named by Ostria's women's volleyball team for next month's qualifying tournament.

                The Ostrian federation called the decision political and asked for the tournament to be moved.
                """));
            folder.Write("orvia-basketball-courtpass.md", Articles.Markdown("Orvian Basketball League moves to CourtPass", "2025-09-02",
                """
                The Orvian Basketball League will be shown only on the streaming service CourtPass from next season, ending its deal with the public broadcaster.

                The league's 12 clubs voted 9 to 3 on Monday to accept the offer, worth 30 million crowns over three seasons. The clubs that voted against were the Bay City Hawks, the Norden Pines and the Tarm Lions.

                CourtPass will charge 9.49 crowns a month and will stream every regular-season game.

                On Friday the league's board approved the new schedule for the season.
                """));
            folder.Write("arvik-suspended.md", Articles.Markdown("Midfielder suspended for striking referee", "2026-03-20",
                """
                Referee Per Lund needed hospital treatment after Saturday's second-division game between Ostby Rovers and Kell Town was abandoned.

                Witnesses said Rovers midfielder Jonas Arvik confronted Lund after a penalty was given against his side. Arvik struck the referee twice before team-mates pulled him away.

                He was arrested at the ground and released the same evening.

                The league's disciplinary panel suspended the 24-year-old for ten months on Thursday. Rovers have set an asking price of 400,000 crowns for selling him.

                Arvik has appealed to the Ostby Sports Tribunal. The disciplinary commission's chair, Eva Holm, said the ban was fair. The Ostby Football Federation backed the panel, and the federation's president, Mats Lind, called the attack "a disgrace".
                """));
        }
    }
}
