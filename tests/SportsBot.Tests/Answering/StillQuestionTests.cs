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

    /// <summary>"Twelve rounds of the season remain to be played" says what is yet to happen, not that the suspension goes on.</summary>
    [Fact]
    public async Task What_remains_to_be_done_is_not_taken_for_a_state_that_stays()
    {
        var answer = await _corpus.AskAsync("Is the Ostland Basketball League season still suspended?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("lifted", answer.Text.Split("[1]")[0]);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostland-league-suspended.md", Articles.Markdown("Ostland Basketball League season suspended", "2024-03-02",
                """
                The Ostland Basketball League has suspended its season because of a dispute over television money.

                Twelve rounds of the season remain to be played after the suspension of the Ostland Basketball League.

                The league said on 20 March 2024 that the suspension of the season had been lifted and that play would start again in April.
                """));
            folder.Write("rell-freed.md", Articles.Markdown("Zembla cyclist Tomas Rell on his way home", "2024-06-02",
                """
                Zembla cyclist Tomas Rell is on his way home.

                Rell was released by Ostland on 2 June 2024 in exchange for a businessman held in Zembla. In all he spent eleven months in Ostland custody.

                He had been arrested at a border crossing in July 2023 on his way to a race.
                """));
        }
    }
}
