using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Shooting clubs told to store members' rifles in armouries, a deadline moved with a fund to help, and a racing
/// shutdown whose lost meetings were counted again when it ended: a fund asked in a fan's words, compliance, and a total.
/// </summary>
public sealed class ArmouryFundCaseTests : IClassFixture<ArmouryFundCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ArmouryFundCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how big is the pot of money for club armouries" was refused: no story calls the fund a pot.</summary>
    [Fact]
    public async Task A_pot_of_money_is_the_fund()
    {
        var answer = await _corpus.AskAsync("how big is the pot of money for club armouries");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2.4 million euro fund", answer.Text);
    }

    /// <summary>"how many clubs are compliant now" was refused: the story says the clubs "met the standard".</summary>
    [Fact]
    public async Task Clubs_that_meet_the_standard_are_compliant()
    {
        var answer = await _corpus.AskAsync("how many clubs are compliant now");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "118 of its 390 clubs", "84 of its");
    }

    /// <summary>"how many race meetings were scrapped altogether" was answered with the first story's forecast, not the final count.</summary>
    [Fact]
    public async Task A_total_asked_in_the_past_is_the_count_as_it_ended()
    {
        var answer = await _corpus.AskAsync("how many meetings were lost altogether in the drensland shutdown?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "13 meetings", "nine meetings");
    }

    /// <summary>The athlete's kind, said in the sentence before her name, describes whom the question means.</summary>
    [Fact]
    public async Task The_name_of_an_athlete_of_a_kind_is_given_after_the_sentence_that_says_the_kind()
    {
        var answer = await _corpus.AskAsync("whats the name of the olympic pistol shooter who said the rule would wreck her preparation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Sanne Lind", answer.Text);
    }

    /// <summary>
    /// "how much extra does the club have to raise now the loan got smaller" was answered with another story's cut
    /// worked out as a change: money a club must raise is collected, not a figure raised.
    /// </summary>
    [Fact]
    public async Task Money_a_club_has_to_raise_is_no_change_of_a_figure()
    {
        var answer = await _corpus.AskAsync("how much extra does each ostvik club have to raise for its armoury?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("20,000 euros", answer.Text);
        Assert.DoesNotContain("That is a change", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostvik-armoury-law.md", Articles.Markdown("Ostvik shooting clubs fear closures under new armoury law", "2024-08-20",
                """
                Parliament in Ostvik has approved a law requiring privately owned semi-automatic rifles to be kept in club armouries from 1 January 2025.

                The Ostvik Shooting Federation says only 84 of its 390 member clubs have armouries that meet the new standard.

                Among those affected are Olympic pistol shooters, whose competition pistols are semi-automatic. Sanne Lind, 30, who finished fifth at the last Olympic Games, said the rule would wreck her preparation.
                """));
            folder.Write("ostvik-armoury-deadline-moved.md", Articles.Markdown("Ostvik delays armoury deadline and offers clubs help", "2024-12-09",
                """
                Ostvik's government has moved the deadline for storing semi-automatic rifles in club armouries to 1 July 2025, interior minister Katja Rand announced on Monday.

                She also unveiled a 2.4 million euro fund to help shooting clubs install steel doors and alarms. Clubs can apply for up to 25,000 euros each from February, and the federation says each club will still have to raise about 20,000 euros on top of the grant.

                The federation said 118 of its 390 clubs now met the standard.
                """));
            folder.Write("drensland-racing-halted.md", Articles.Markdown("Equine flu halts racing in Drensland", "2025-05-09",
                """
                All horse racing in Drensland has been suspended for 14 days after equine influenza was confirmed in six horses at a yard at Calder Downs.

                The shutdown means nine meetings will be lost, the racing authority said.
                """));
            folder.Write("drensland-racing-resumes.md", Articles.Markdown("Racing resumes in Drensland after flu shutdown", "2025-05-28",
                """
                Horse racing resumed in Drensland on Tuesday, five days later than first announced, after every yard tested negative twice.

                Chief executive Marten Ros said 13 meetings had been lost in all. Prize money for the season has been cut from €3 million to €2.2 million.
                """));
        }
    }
}
