using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "When will the Russian Grand Prix return?" was answered with "Vettel said on 24 February that he would not race in
/// Russia": a date, but of when something was said. A question about a time to come needs a date after its story's
/// own, an end left open ("until further notice") or a length of time; a past date alone does not answer it.
/// </summary>
public sealed class TimeToComeTests : IClassFixture<TimeToComeTests.Corpus>
{
    private readonly Corpus _corpus;

    public TimeToComeTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("When will Russia return to FIFA competitions?", true)]
    [InlineData("When is the ban going to end?", true)]
    [InlineData("When can Ostland play in the Zembla Cup again?", true)]
    [InlineData("When does Vell's ban expire?", true)]
    [InlineData("When did Ostland's coach say his players would not travel?", false)]
    [InlineData("When were the Harbour Games last held?", false)]
    public void A_when_question_about_the_future_asks_for_a_time_to_come(string question, bool toCome)
    {
        Assert.Equal(toCome, QuestionClauses.AsksForTimeToCome(question));
    }

    [Fact]
    public async Task An_end_left_open_answers_rather_than_when_something_was_said()
    {
        var answer = await _corpus.AskAsync("When will Ostland return to Zembla Cup competitions?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("until further notice", answer.Parts[0].Text);
        Assert.DoesNotContain("would not travel", answer.Text);
    }

    [Fact]
    public async Task A_length_of_time_answers_when_a_ban_ends()
    {
        var answer = await _corpus.AskAsync("When will Vell's ban from the Zembla Cup end?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("two years", answer.Parts[0].Text);
    }

    [Fact]
    public async Task Only_past_dates_do_not_say_when_something_will_happen()
    {
        var answer = await _corpus.AskAsync("When will the Harbour Games return to Port Vell?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-cup-suspends-ostland.md", Articles.Markdown("Zembla Cup suspends Ostland after border clash", "2025-03-05",
                """
                The Zembla Cup federation has suspended Ostland's national team and clubs from all its competitions until further notice.

                Ostland's coach, Marek Vell, said on 3 March that his players would not travel to Port Vell for the qualifier against Zembla.

                The federation also banned Vell himself from the Zembla Cup for two years over his comments after the border clash.
                """));
            folder.Write("harbour-games-last-held.md", Articles.Markdown("Harbour Games organisers look back on Port Vell edition", "2025-02-02",
                """
                The Harbour Games were last held in Port Vell on 4 June 2021, when 31 nations took part.

                The organisers said on 1 February that the Port Vell edition had drawn record crowds to the seafront stadium.
                """));
        }
    }
}
