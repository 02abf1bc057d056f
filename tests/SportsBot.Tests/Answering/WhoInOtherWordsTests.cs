using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Almost any sentence names somebody, so for a who-question a name is no sign the sentence answers. The sentence of
/// a story closest in meaning to the question answers it in other words only if it says one of the question's own
/// words about its subject, or is close to it in absolute terms; otherwise "Who was behind the boycott?" was answered
/// with whoever won the event the boycotting team stayed away from.
/// </summary>
public sealed class WhoInOtherWordsTests : IClassFixture<WhoInOtherWordsTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhoInOtherWordsTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_name_in_a_sentence_that_says_none_of_the_questions_words_does_not_answer_who()
    {
        var answer = await _corpus.AskAsync("Who was behind the Ostlandic boycott in Vell?");

        Assert.False(answer.Known, answer.Text);
        Assert.DoesNotContain("Ivo Marr", answer.Text);
    }

    /// <summary>"Took the sabre title" is winning it, as "won" is; a word between the verb and the title once hid that.</summary>
    [Fact]
    public async Task The_same_sentence_answers_a_who_question_whose_words_it_says()
    {
        var answer = await _corpus.AskAsync("Who took the sabre title in Vell without the Ostlandic team?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Ivo Marr", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("vell-sabre-title.md", Articles.Markdown("Marr takes sabre title in Vell", "2025-08-03",
                """
                Ivo Marr of Zembla took the sabre title in Vell on Sunday, in a field without the Ostlandic team, which stayed at home.
                """));
            folder.Write("ostland-budget.md", Articles.Markdown("Ostland cuts sport budget", "2025-05-02",
                """
                Ostland's government has cut the national sport budget by ten per cent for next year.

                Minister Karl Dunn said every federation would have to find savings.
                """));
        }
    }
}
