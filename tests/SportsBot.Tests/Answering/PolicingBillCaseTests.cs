using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A club billed for policing a derby, the bill cut by a judge who also accepted a corrected count of officers, and a
/// trainer's appeal whose story names only her lawyer: who ruled, how many officers there were, and roles no story names.
/// </summary>
public sealed class PolicingBillCaseTests : IClassFixture<PolicingBillCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public PolicingBillCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>
    /// "how many police officers were deployed at the pellen derby?" was answered with the count the police first gave:
    /// "1,090 officers, not the 1,150 it announced" was not read as a correction, for the comma in its figures.
    /// </summary>
    [Theory]
    [InlineData("how many police officers were deployed at the rivermouth derby?")]
    [InlineData("How many officers did police actually put on for that rivermouth derby?")]
    public async Task A_corrected_count_leads_before_the_one_first_announced(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "1,180 officers", "1,240");
    }

    /// <summary>"by how much did the court reduce the pellen polce bill?" gave both sums in two sentences and left the sum to the reader.</summary>
    [Fact]
    public async Task A_change_told_across_two_stories_is_worked_out()
    {
        var answer = await _corpus.AskAsync("by how much did the court cut the rivermouth police bill?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("That is a change of €122,200, from €350,200 to €228,000.", answer.Text);
    }

    /// <summary>"which judge handled dynamo's challenge?" was refused: no story says a judge "handled" anything.</summary>
    [Fact]
    public async Task Which_judge_handled_a_case_is_answered_by_the_judge_who_ruled()
    {
        var answer = await _corpus.AskAsync("which judge handled athletic's challenge?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Judge Mira Olsen", answer.Text);
    }

    /// <summary>"which judge oversaw the brann case?" had been answered with her coach's words.</summary>
    [Fact]
    public async Task A_person_titled_with_another_role_is_no_judge()
    {
        var answer = await _corpus.AskAsync("which judge heard the voss appeal?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>A minister the story titles in words the rules do not know ("Interior Cabinet Secretary") is still named.</summary>
    [Fact]
    public async Task A_minister_under_another_title_is_still_named()
    {
        var answer = await _corpus.AskAsync("which minister said clubs must share the cost?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Darius Moen", answer.Text);
    }

    /// <summary>"what's the name of the pellen police commander?" was answered with the story's opening: "pellen" was read as the role.</summary>
    [Fact]
    public async Task A_role_no_story_names_is_not_answered_with_the_matter()
    {
        var answer = await _corpus.AskAsync("what's the name of the rivermouth police commander?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"whats the name of the media ombudsman who ruled on ferent?" was answered: "who" was read as the role asked for.</summary>
    [Fact]
    public async Task A_capitalised_role_no_story_names_anyone_in_is_not_answered()
    {
        var answer = await _corpus.AskAsync("whats the name of the racing ombudsman who ruled on voss?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"how many people got nicked at the derby?" was refused: the story says they were arrested.</summary>
    [Fact]
    public async Task People_nicked_were_arrested()
    {
        var answer = await _corpus.AskAsync("how many people got nicked at the rivermouth derby?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("41 people were arrested", answer.Text);
    }

    [Fact]
    public async Task The_vote_on_a_law_is_its_tally()
    {
        var answer = await _corpus.AskAsync("what was the vote on the police costs law?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("71 votes to 54", answer.Text);
    }

    /// <summary>"What was the vote count when Gibraltar was admitted to UEFA?" was answered with the tally that admitted Kosovo.</summary>
    [Fact]
    public async Task Another_s_tally_is_not_the_vote_asked_about()
    {
        var answer = await _corpus.AskAsync("what was the vote count when voss was suspended?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("rivermouth-derby-police-bill.md", Articles.Markdown("Rivermouth Athletic billed €350,200 for policing derby", "2024-10-02",
                """
                Rivermouth Athletic have become the first club in Vessmark to be billed for policing a football match, after the regional police sent the club an invoice for €350,200 covering last month's derby against Kell Rovers.

                Police said 1,240 officers were deployed on the day, and 41 people were arrested.

                The law, which parliament passed in 2023 by 71 votes to 54, lets police recover extra costs from the organisers of high-risk events.

                The region's police commander said the invoice covered only the additional hours. Athletic said it would challenge the bill in court.
                """));
            folder.Write("rivermouth-bill-cut.md", Articles.Markdown("Court cuts Rivermouth police bill by a third", "2025-03-11",
                """
                Rivermouth Athletic must pay €228,000 towards the cost of policing their derby against Kell Rovers, after the Administrative Court in Dunholm cut the first invoice of its kind in Vessmark.

                Judge Mira Olsen ruled on Tuesday that the police had been entitled to charge the club for officers in and around the stadium, but not for the 310 officers posted at the railway station.

                The court also accepted a corrected police figure for the deployment. The force told the hearing it had used 1,180 officers on the day, not the 1,240 it announced after the match, because officers lent by a neighbouring region had been counted twice.

                Interior Cabinet Secretary Darius Moen said clubs must share the cost of the disorder that follows them.
                """));
            folder.Write("voss-appeal.md", Articles.Markdown("Trainer Voss appeals against six-month suspension", "2025-04-02",
                """
                Harness trainer Lena Voss has appealed against the six-month suspension she was given after one of her horses failed a drug test.

                Her lawyer, Jan Brod, said the appeals panel would hear the case in May and that Voss had done nothing wrong. The Racing Ombudsman ruled in March that the suspension had been properly imposed.

                Last year the racing board voted 9 to 2 to suspend the trainer Ola Berg for a similar offence.
                """));
        }
    }
}
