using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "When are the 2027 world championships?" had been answered with "moved the 2027 championships to Lakeview" and the
/// day the board voted: an event asked about in the present tense is a time still to come, and the year the question
/// names is no answer on its own.
/// </summary>
public sealed class EventDateTests : IClassFixture<EventDateTests.Corpus>
{
    private readonly Corpus _corpus;

    public EventDateTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task An_event_asked_about_in_the_present_is_answered_with_its_own_dates()
    {
        var answer = await _corpus.AskAsync("When are the 2027 canoe world championships?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("12 to 19 September 2027", answer.Text);
        Assert.Contains("Lakeview", answer.Text);
    }

    [Fact]
    public async Task A_past_decision_is_still_dated_by_the_day_it_was_taken()
    {
        var answer = await _corpus.AskAsync("When did the council vote to move the 2027 championships?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2 March 2026", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("dorn-awarded.md", Articles.Markdown("Dorn awarded 2027 canoe world championships", "2025-02-06",
                """
                The International Canoe Council has awarded the 2027 canoe world championships to Dorn, over a bid from Lakeview.

                The championships are due to be held on a new lake outside Dorn from 12 to 19 September 2027.
                """));
            folder.Write("worlds-moved.md", Articles.Markdown("Canoe council moves 2027 worlds to Lakeview", "2026-03-03",
                """
                The International Canoe Council has moved the 2027 canoe world championships from Dorn to Lakeview, after two journalists were arrested in Dorn in January.

                The board voted unanimously on 2 March 2026 to relocate the event.
                """));
        }
    }
}
