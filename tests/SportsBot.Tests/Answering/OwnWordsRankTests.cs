using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A sentence is judged with the one before it ("…bring Holt home or nobody" after a sentence about the swap),
/// but ranked by the question's words it says itself: "Who did Zembla swap for Holt?" is answered with whom she
/// was exchanged for, not with what the ministry said after the swap was told.
/// </summary>
public sealed class OwnWordsRankTests : IClassFixture<OwnWordsRankTests.Corpus>
{
    private readonly Corpus _corpus;

    public OwnWordsRankTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_sentence_that_says_the_question_itself_comes_before_one_that_borrows_it_from_the_sentence_before()
    {
        var answer = await _corpus.AskAsync("Who did Zembla swap for Mira Holt?");

        Assert.True(answer.Known, answer.Text);
        AnswerAssert.SaysFirst(answer.Text, "Piet Kron", "home or nobody");
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("holt-swap.md", Articles.Markdown("Mira Holt freed in prisoner swap", "2024-06-01",
                """
                Zembla sprinter Mira Holt is on her way home after eleven months in Ostland custody.

                Holt was exchanged on 1 June 2024 for Piet Kron, an Ostland businessman serving a sentence in Zembla, at Harbour airport.

                Critics in Zembla said the swap rewarded hostage-taking. The Zembla Foreign Ministry said the choice had been to bring Holt home or nobody.
                """));
    }
}
