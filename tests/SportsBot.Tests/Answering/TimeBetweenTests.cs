using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "How long after saying Ostland's athletes could compete did the federation bar them?" was refused: every sentence
/// about the reversal was turned down for giving "no length of time", though the stories date both decisions. A
/// question about the time between two events is answered by the date of each as well as by a stated length.
/// </summary>
public sealed class TimeBetweenTests : IClassFixture<TimeBetweenTests.Corpus>
{
    private readonly Corpus _corpus;

    public TimeBetweenTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("How long after the vote did the federation bar Ostland?", true)]
    [InlineData("How many days passed between the vote and the ban?", true)]
    [InlineData("How long was it from the first ruling to the reversal?", true)]
    [InlineData("How many weeks before the Harbour Games did they decide?", true)]
    [InlineData("How long was Vell banned?", false)]
    [InlineData("How many days did the Harbour Games last?", false)]
    public void A_how_long_question_that_ties_two_events_asks_for_the_time_between(string question, bool between)
    {
        Assert.Equal(between, QuestionClauses.AsksForTimeBetween(question));
    }

    [Fact]
    public async Task The_dates_of_the_two_decisions_answer_how_long_after_one_the_other_came()
    {
        var answer = await _corpus.AskAsync("How long after admitting Ostland's athletes as neutrals did the Zembla federation bar them?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2 March", answer.Text);
        Assert.Contains("reversed", answer.Text);
    }

    [Fact]
    public async Task A_date_of_something_else_does_not_answer_how_long_after()
    {
        var answer = await _corpus.AskAsync("How long after the border clash did the Zembla federation fine Ostland's coach?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_source_that_states_the_length_leads_before_one_that_gives_a_date()
    {
        var answer = await _corpus.AskAsync("How many days passed between the Vell Open admitting Ostland's players and barring them?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("two days after", answer.Parts[0].Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("vell-open-brief.md", Articles.Markdown("Vell Open bars Ostland's players", "2025-04-13",
                """
                The Vell Open barred Ostland's players on 12 April, two days after admitting them as neutrals.
                """));
            folder.Write("vell-open-upholds-bar.md", Articles.Markdown("Vell Open upholds its bar on Ostland's players", "2025-04-20",
                """
                The Vell Open has upheld its bar on Ostland's players after an appeal by their federation, its organisers said on 19 April 2025.

                The organisers had barred Ostland's players on 12 April. On 10 April they had admitted them as neutrals.
                """));
            folder.Write("zembla-federation-bars-ostland.md", Articles.Markdown("Zembla federation reverses course and bars Ostland's athletes", "2025-03-03",
                """
                The Zembla Cup federation has reversed its decision and barred Ostland's athletes from the Harbour Games, citing threats by other teams to withdraw.

                On 2 March the federation's board had voted to admit Ostland's athletes as neutrals, without their flag or anthem.

                The border clash between Zembla and Ostland in January had already led several teams to call for a ban.
                """));
        }
    }
}
