using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "I heard Lund was freed. Who was she swapped for?": a question that refers back to the statement before it is
/// about whom the statement names, so an answer about somebody else's exchange does not do.
/// </summary>
public sealed class StatementBeforeQuestionTests : IClassFixture<StatementBeforeQuestionTests.Corpus>
{
    private readonly Corpus _corpus;

    public StatementBeforeQuestionTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_question_that_refers_back_is_about_whom_the_statement_names()
    {
        var answer = await _corpus.AskAsync("I heard Lund was freed. Who was she swapped for?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Karl Brenner", answer.Text);
        Assert.DoesNotContain("fishermen", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("lund-freed-in-exchange.md", Articles.Markdown("Ostland frees swimmer Tove Lund", "2025-06-10",
                """
                Ostland released the Harbour swimmer Tove Lund on 9 June 2025 in exchange for Karl Brenner, an Ostland businessman held in Harbour since 2021.

                Lund had been held for eleven months after officials found a banned medicine in her bag at Port Vell airport.
                """));
            folder.Write("fishermen-exchange.md", Articles.Markdown("Zembla and Ostland exchange prisoners", "2025-07-02",
                """
                Two fishermen freed by Ostland on 1 July 2025 were swapped for a retired Zembla army officer at the border.

                The fishermen had been held since their boat drifted into Ostland's waters in March. They were swapped after talks between the two foreign ministers.
                """));
        }
    }
}
