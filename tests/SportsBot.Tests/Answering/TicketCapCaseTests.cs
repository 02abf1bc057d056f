using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A cap on away-ticket prices sent back by the president and passed again with a later start, and a hockey club's
/// move put back a season: asked in a fan's words ("kick in", "blocked", "pushed back").
/// </summary>
public sealed class TicketCapCaseTests : IClassFixture<TicketCapCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public TicketCapCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"when does the sorvenian ticket cap kick in?" was answered without a date: "kick" was read as kicking somebody out.</summary>
    [Fact]
    public async Task A_cap_kicks_in_when_it_starts()
    {
        var answer = await _corpus.AskAsync("when does the ostrian ticket cap kick in?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("1 August 2026", answer.Text);
    }

    /// <summary>"who blocked the original ticket law?" was answered from another story: the law sent back was not read as blocked.</summary>
    [Fact]
    public async Task A_president_who_sent_a_law_back_blocked_it()
    {
        var answer = await _corpus.AskAsync("who blocked the original ticket law?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Adler", answer.Text);
    }

    /// <summary>"why was the ravens relocation pushed back" was refused: the story says the club had to postpone its move.</summary>
    [Fact]
    public async Task A_move_pushed_back_is_a_move_postponed()
    {
        var answer = await _corpus.AskAsync("why was the wolves relocation pushed back");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("foundations", answer.Text);
    }

    /// <summary>
    /// "on what date did lunescu send the law back?" was answered with the amendment's dates: the sentence after the
    /// veto borrowed "sent the law back" from it, though the dates it gives are the new start's.
    /// </summary>
    [Fact]
    public async Task A_day_given_for_another_deed_in_the_next_sentence_is_not_the_day_asked()
    {
        var answer = await _corpus.AskAsync("on what date did adler send the law back?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task When_a_law_was_sent_back_is_answered_by_the_month_the_story_gives()
    {
        var answer = await _corpus.AskAsync("when did adler send the law back?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("in May", answer.Text);
    }

    /// <summary>"what was the vote count on the amended ticket law in july?" was answered with the amendment's terms, which give no tally.</summary>
    [Fact]
    public async Task A_law_said_to_be_passed_gives_no_tally()
    {
        var answer = await _corpus.AskAsync("what was the vote count on the amended ticket law?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostria-cap-passed.md", Articles.Markdown("Ostria caps away ticket prices at €20", "2025-04-09",
                """
                Visiting football fans in Ostria will pay no more than €20 for a ticket under a law passed by parliament on Wednesday.

                The cap applies to all matches in the top two divisions from 1 January 2026.
                """));
            folder.Write("ostria-cap-amended.md", Articles.Markdown("Ostria raises away ticket cap after presidential veto", "2025-07-21",
                """
                Away supporters in Ostria will pay at most €25 for a ticket, after parliament rewrote its ticket law to meet the objections of President Hanna Adler.

                Adler sent the law back to parliament in May, arguing that a flat limit would hurt small clubs.

                The amended version raises the cap to €25 and moves the start date from 1 January to 1 August 2026.
                """));
            folder.Write("wolves-move-approved.md", Articles.Markdown("League lets Harlow Wolves move to the capital", "2025-02-26",
                """
                The hockey league board has approved the relocation of the Harlow Wolves to the capital, ending 58 years of top-flight hockey in the mining town.

                The Wolves will play at a new 8,000-seat arena being built in the capital's harbour district from the 2026-27 season.

                Harlow's mayor said the town had offered to renovate the old hall if the owners stayed.
                """));
            folder.Write("wolves-move-delayed.md", Articles.Markdown("Wolves to stay in Harlow for one more season", "2025-10-14",
                """
                The Harlow Wolves will play one more season in Harlow after building problems at their new arena forced the club to postpone its move until the 2027-28 season.

                The league board, which voted in February to let the Wolves leave the town, agreed the new timetable on Tuesday.

                Builders said the arena will not be ready before spring 2027 because of problems with its foundations.
                """));
        }
    }
}
