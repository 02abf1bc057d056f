using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Almost any news sentence names somebody, gives a date or a place, so for a who-, when- or where-question that kind
/// of fact is no sign the sentence answers. The sentence of a story closest in meaning to the question answers it in
/// other words only if it says one of the question's own words about its subject, or is close to it in absolute
/// terms; otherwise "Who was behind the boycott?" was answered with whoever won the event the boycotting team stayed
/// away from, and "When did Ostland announce its boycott?" with the day the event ended.
/// </summary>
public sealed class CommonFactInOtherWordsTests : IClassFixture<CommonFactInOtherWordsTests.Corpus>
{
    private readonly Corpus _corpus;

    public CommonFactInOtherWordsTests(Corpus corpus) => _corpus = corpus;

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

    [Fact]
    public async Task A_date_in_a_sentence_that_says_none_of_the_questions_words_does_not_answer_when()
    {
        var answer = await _corpus.AskAsync("When did Ostland announce its boycott of the Vell Open?");

        Assert.False(answer.Known, answer.Text);
        Assert.DoesNotContain("3 August", answer.Text);
    }

    [Fact]
    public async Task The_same_sentence_answers_a_when_question_whose_words_it_says()
    {
        var answer = await _corpus.AskAsync("When did the Vell Open end?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("3 August", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("vell-sabre-title.md", Articles.Markdown("Marr takes sabre title in Vell", "2025-08-03",
                """
                Ivo Marr of Zembla took the sabre title in Vell on Sunday, in a field without the Ostlandic team, which stayed at home.
                """));
            folder.Write("vell-open-closes.md", Articles.Markdown("Vell Open closes with sabre final", "2025-08-04",
                """
                The Vell Open ended on 3 August 2025 with a sabre final in front of 2,000 fans, without a fencer from Ostland.
                """));
            folder.Write("ostland-budget.md", Articles.Markdown("Ostland cuts sport budget", "2025-05-02",
                """
                Ostland's government has cut the national sport budget by ten per cent for next year.

                Minister Karl Dunn said every federation would have to find savings.
                """));
        }
    }
}
