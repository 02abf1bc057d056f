using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A who-question is answered by a sentence that names somebody and says what the question asks them to have done,
/// in any of its usual words: "Who finished second?" by "…came second", "Who named Brask captain?" by "…appointed
/// Brask captain". Both were refused, the sentence taken for one that does not say who finished or who named.
/// </summary>
public sealed class WhoRelationWordsTests : IClassFixture<WhoRelationWordsTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhoRelationWordsTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("Who finished second in the Harbour Marathon?", "Mira Kolar")]
    [InlineData("Who named Tomas Brask captain of the Zembla team?", "Lina Varga")]
    public async Task A_who_question_is_answered_in_the_usual_words_for_what_it_asks(string question, string person)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Contains(person, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harbour-marathon.md", Articles.Markdown("Ostland runner wins the Harbour Marathon", "2024-04-14",
                """
                Jan Holt of Ostland won the Harbour Marathon on 14 April 2024 in two hours and nine minutes.

                Mira Kolar of Zembla came second, 40 seconds behind, after leading until the last kilometre.
                """));
            folder.Write("brask-captain.md", Articles.Markdown("Brask to lead Zembla at the Harbour Cup", "2024-05-02",
                """
                Coach Lina Varga has appointed Tomas Brask as captain of the Zembla team for the Harbour Cup.

                Brask, 29, takes over from Olav Dunn, who retired in March.
                """));
        }
    }
}
