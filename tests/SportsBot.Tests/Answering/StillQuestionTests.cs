using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Is Griner still in Russian custody?" was answered "In all she spent almost ten months in Russian custody",
/// which repeats the question's words but not the answer. Whether something still holds is answered by the
/// sentence that says it ended (or stays), even when that sentence does not repeat the question.
/// </summary>
public sealed class StillQuestionTests : IClassFixture<StillQuestionTests.Corpus>
{
    private readonly Corpus _corpus;

    public StillQuestionTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Whether_something_still_holds_is_answered_first_by_the_sentence_that_says_it_ended()
    {
        var answer = await _corpus.AskAsync("Is Tomas Rell still in Ostland custody?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("released", answer.Text.Split("[1]")[0]);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("rell-freed.md", Articles.Markdown("Zembla cyclist Tomas Rell on his way home", "2024-06-02",
                """
                Zembla cyclist Tomas Rell is on his way home.

                Rell was released by Ostland on 2 June 2024 in exchange for a businessman held in Zembla. In all he spent eleven months in Ostland custody.

                He had been arrested at a border crossing in July 2023 on his way to a race.
                """));
    }
}
