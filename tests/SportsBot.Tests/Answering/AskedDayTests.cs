using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Who did Harbour City play on 19 October 2024?" had been answered with "Harbour City's next home match, against
/// Pelham Rovers on 16 November": a question that names a day asks about that day, and a sentence dated by another
/// day tells of another event.
/// </summary>
public sealed class AskedDayTests : IClassFixture<AskedDayTests.Corpus>
{
    private readonly Corpus _corpus;

    public AskedDayTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_sentence_dated_by_another_day_does_not_answer_for_the_asked_day()
    {
        var answer = await _corpus.AskAsync("Who did Harbour City play on 19 October 2024?");

        Assert.DoesNotContain("Pelham Rovers", answer.Text);
    }

    [Fact]
    public async Task A_sentence_that_gives_no_day_may_answer_for_it()
    {
        var answer = await _corpus.AskAsync("What was the score of Harbour City's match on 19 October 2024?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2-1", answer.Text);
    }

    [Theory]
    [InlineData("Who did they play on 19 October 2024?", 19, 10)]
    [InlineData("What happened on October 19?", 19, 10)]
    public void The_day_a_question_names_is_read_with_its_month(string question, int day, int month) =>
        Assert.Equal([(day, month)], AskedYears.DaysOf(question));

    [Theory]
    [InlineData("What did Harbour City do after 19 October 2024?")]
    [InlineData("Has the stand been closed since 19 October?")]
    public void A_day_that_only_bounds_a_time_is_not_the_day_asked_about(string question) =>
        Assert.Empty(AskedYears.DaysOf(question));

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("harbour-city-fined-2024-11.md", Articles.Markdown("Harbour City fined and ordered to close stand after racist chanting", "2024-11-08",
                """
                The Coastal Football League has fined Harbour City 80,000 pounds and ordered the club to close its north stand for two home matches after supporters directed racist chants at Ostland United's goalkeeper Samuel Mensah during a match on 19 October 2024.

                The league's disciplinary panel said the club had failed to identify and remove the supporters involved, even though the chanting lasted for several minutes and the referee, Clara Fitz, stopped the game twice.

                Harbour City won the match 2-1. The club said it was "disgusted" by the chanting, had banned four supporters for life and would not appeal the fine.

                Mensah said he was grateful for the support of his team-mates but that fines "change nothing". The players' union called for points deductions for repeat offences.

                Harbour City's next home match, against Pelham Rovers on 16 November, will be played with the north stand closed.
                """));
    }
}
