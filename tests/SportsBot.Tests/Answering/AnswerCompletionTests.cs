using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Did players get ranking points at the Harbour Open the year Ostland's players were barred?" was answered with the
/// ban alone: the story of the ban says nothing of ranking points, and the tour's decision to withhold them, in another
/// story, was left out. What the answer leaves of the question's words unsaid is completed from the story that says
/// them, and only from one that answers about as well: a story sharing only the event's name is not cited.
/// </summary>
public sealed class AnswerCompletionTests : IClassFixture<AnswerCompletionTests.Corpus>
{
    private readonly Corpus _corpus;

    public AnswerCompletionTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task What_the_lead_story_leaves_unsaid_comes_from_the_story_that_says_it()
    {
        var answer = await _corpus.AskAsync("Did players get ranking points at the Harbour Open the year Ostland's players were barred?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("barred players from Ostland", answer.Text);
        Assert.Contains("will not award ranking points", answer.Text);
        Assert.DoesNotContain(answer.Citations, c => c.Title.Contains("centenary", StringComparison.Ordinal));
    }

    /// <summary>Petrov's complaint also says his players were barred, and adds nothing the question asks.</summary>
    [Fact]
    public async Task An_answer_that_says_all_the_question_asks_is_not_completed()
    {
        var answer = await _corpus.AskAsync("Were Ostland's players barred from the Harbour Open?");

        Assert.True(answer.Known, answer.Text);
        Assert.Single(answer.Citations);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harbour-open-bars-ostland.md", Articles.Markdown("Harbour Open bars Ostland players", "2025-05-19",
                """
                The Harbour Open has barred players from Ostland from this year's tournament, its organisers announced on 19 May 2025, citing the border war.

                Ostland's Ivan Petrov, the world No. 2, will miss the event. The Ostland federation called the decision discriminatory.
                """));
            folder.Write("zembla-tour-strips-harbour-open-points.md", Articles.Markdown("Zembla Tour strips the Harbour Open of ranking points", "2025-05-27",
                """
                The Zembla Tour has announced that it will not award ranking points at the Harbour Open this year, in response to the organisers' ban on Ostland players.

                The tournament will still be played in June with full prize money. Players said the decision left the event as little more than an exhibition.
                """));
            folder.Write("petrov-calls-harbour-open-bar-unfair.md", Articles.Markdown("Petrov says Harbour Open bar is unfair", "2025-05-20",
                """
                Ivan Petrov said on 20 May 2025 that Ostland's players had been barred from the Harbour Open for something they did not do.
                """));
            folder.Write("harbour-open-centenary.md", Articles.Markdown("Harbour Open celebrates its centenary", "2024-06-10",
                """
                The Harbour Open, first played in 1924, celebrated its hundredth edition with a parade of former champions and players.

                The grass courts by the sea have hosted the event since 1950.
                """));
        }
    }
}
