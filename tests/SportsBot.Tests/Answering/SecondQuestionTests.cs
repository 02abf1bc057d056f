using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A message that asks two things ("Which fencer was guaranteed a place, and what did she win there?") gets an answer
/// to each: the second question is read on its own, about what the first names, and its answer follows the first's,
/// from whichever story tells it. When the sources answer only the second, the answer says which question it leaves open.
/// </summary>
public sealed class SecondQuestionTests : IClassFixture<SecondQuestionTests.Corpus>
{
    private readonly Corpus _corpus;

    public SecondQuestionTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_second_question_is_answered_after_the_first()
    {
        var answer = await _corpus.AskAsync("Which fencer was guaranteed a place at the Port Vell Games after her handshake row, and what did she win there?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Solberg", answer.Parts[0].Text);
        Assert.Contains("gold", answer.Text);
        Assert.Equal(2, answer.Citations.Count);
    }

    [Fact]
    public async Task When_only_the_second_question_is_covered_the_answer_says_which_is_left_open()
    {
        var answer = await _corpus.AskAsync("Who paid for Solberg's coaching, and what did she win at the Port Vell Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("don't cover \"Who paid for Solberg's coaching\"", answer.Parts[0].Text);
        Assert.Contains("gold", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("solberg-guaranteed-port-vell-place.md", Articles.Markdown("Solberg guaranteed a Port Vell Games place after handshake row", "2025-03-03",
                """
                Harbour sabre fencer Mira Solberg was guaranteed a place at the Port Vell Games on 2 March 2025, a day after she was disqualified from the Zembla Cup for refusing to shake hands with her Ostland opponent.

                The president of the Games' organising committee wrote to Solberg to say she would not need to qualify. Her coach called the letter a relief.
                """));
            folder.Write("port-vell-games-sabre-final.md", Articles.Markdown("Solberg takes sabre title at the Port Vell Games", "2025-08-05",
                """
                Mira Solberg of Harbour won gold in the women's sabre at the Port Vell Games on 4 August 2025, beating Eva Lind of Ostland 15-11 in the final.

                The final was held in the old market hall, which seats 4,000 spectators. Lind had beaten the top seed in the semi-final.
                """));
        }
    }
}
