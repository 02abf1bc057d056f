using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "How much prize money did Solberg receive?" asks for an amount of prize money, not for a number of prizes: it is
/// answered by a sentence giving an amount of money (or a share) that says what the amount is of, and not by an
/// amount of something else in the story.
/// </summary>
public sealed class AmountOfTests : IClassFixture<AmountOfTests.Corpus>
{
    private readonly Corpus _corpus;

    public AmountOfTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("How much prize money did Solberg receive?", true)]
    [InlineData("How much compensation did the club pay?", true)]
    [InlineData("How much did Harbour pay for the arena?", false)]
    [InlineData("How much time did she spend in Zembla?", false)]
    [InlineData("How many prizes did Solberg win?", false)]
    public void How_much_of_a_noun_asks_for_an_amount_of_it(string question, bool amount) =>
        Assert.Equal(amount, QuestionKindReader.AsksForAmountOf(question));

    [Fact]
    public async Task An_amount_said_to_be_of_the_asked_noun_answers()
    {
        var answer = await _corpus.AskAsync("How much prize money did Solberg receive for the Zembla Open title?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("250,000", answer.Text);
    }

    [Fact]
    public async Task An_amount_of_something_else_does_not_answer()
    {
        var answer = await _corpus.AskAsync("How much prize money did Eva Lind receive at the Harbour Cup?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("solberg-wins-zembla-open.md", Articles.Markdown("Solberg wins the Zembla Open", "2025-09-14",
                """
                Mira Solberg won the Zembla Open on 13 September 2025, beating Eva Lind in the final.

                For the title Solberg took home prize money of €250,000, the largest purse in the tournament's history.
                """));
            folder.Write("lind-harbour-cup.md", Articles.Markdown("Lind reaches Harbour Cup final in new arena", "2025-10-05",
                """
                Eva Lind reached the final of the Harbour Cup on 4 October 2025, losing to Anna Berg in three sets.

                The Harbour Cup was played in a new arena that cost €40 million to build.
                """));
        }
    }
}
