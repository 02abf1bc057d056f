using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A message that asks two things ("Which fencer was guaranteed a place, and what did she win there?") gets an answer
/// to each: the second question is read on its own, about what the first names, and its answer follows the first's,
/// from whichever story tells it. When the sources answer only the second, the answer says which question it leaves open.
/// The first is answered by a sentence naming what it names: a name only the second says ("…, and what did Bach
/// promise her?") must be in the story, not in that sentence.
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

    [Theory]
    [InlineData("Which fencer was guaranteed a place, and in which event did she win?", "In which event did she win?")]
    [InlineData("How much did the club pay, and by how much did the fee rise?", "By how much did the fee rise?")]
    [InlineData("Who banned Ostland, and from what did they ban its clubs?", "From what did they ban its clubs?")]
    [InlineData("Was Solberg banned in Ostland and in Zembla?", null)]
    public void A_second_question_may_open_with_a_preposition(string message, string? second)
    {
        Assert.Equal(second, QuestionClauses.Second(message));
    }

    [Fact]
    public async Task A_second_question_opened_by_a_preposition_is_answered_too()
    {
        var answer = await _corpus.AskAsync("Which fencer was guaranteed a place at the Port Vell Games after her handshake row, and in which event did she win gold there?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Solberg", answer.Parts[0].Text);
        Assert.Contains("sabre", answer.Text);
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

    [Fact]
    public async Task A_second_how_many_that_names_nothing_counts_what_the_first_counts()
    {
        var answer = await _corpus.AskAsync("How many Zembla Cup titles had Solberg won before her ban, and how many after her return?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("three Zembla Cup titles", answer.Text);
        Assert.Contains("fourth Zembla Cup title", answer.Text);
    }

    [Fact]
    public async Task Her_ordinal_title_says_how_many_she_has()
    {
        var answer = await _corpus.AskAsync("How many Zembla Cup titles has Solberg won now?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("fourth Zembla Cup title", answer.Parts[0].Text);
    }

    [Fact]
    public async Task The_first_of_something_is_not_a_count_of_it()
    {
        var answer = await _corpus.AskAsync("How many gold medals did Harbour win in total at the Port Vell Games?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_name_only_the_second_question_says_need_not_be_in_the_sentence_that_answers_the_first()
    {
        var answer = await _corpus.AskAsync("Who was disqualified for refusing to salute the referee, and what did Olav Dunn promise her?");

        Assert.True(answer.Known, answer.Text);
        Assert.DoesNotContain("don't cover", answer.Text);
        Assert.Contains("Eva Lind was disqualified", answer.Parts[0].Text);
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
                Mira Solberg of Harbour won gold in the women's sabre at the Port Vell Games on 4 August 2025, beating Eva Lind of Ostland 15-11 in the final. It was the first gold medal for Harbour at the Games.

                The final was held in the old market hall, which seats 4,000 spectators. Lind had beaten the top seed in the semi-final.
                """));
            folder.Write("lind-disqualified-harbour-open.md", Articles.Markdown("Lind disqualified for refusing to salute the referee", "2025-04-05",
                """
                Eva Lind was disqualified from the Harbour Open on 3 April 2025 for refusing to salute the referee after her semi-final.

                Ostland's fencing federation protested. Two days later its president, Olav Dunn, wrote to Lind to promise her a place in the national team.
                """));
            folder.Write("solberg-banned-2024.md", Articles.Markdown("Solberg banned for six months over doping test missed", "2024-05-02",
                """
                Mira Solberg, who had won three Zembla Cup titles, was banned for six months on 2 May 2024 after missing three doping tests in a year.

                Her federation said it would not appeal.
                """));
            folder.Write("solberg-fourth-zembla-cup.md", Articles.Markdown("Solberg wins the Zembla Cup again", "2025-06-02",
                """
                Mira Solberg won her fourth Zembla Cup title on 1 June 2025, a year after her return from the ban, beating Eva Lind 15-12 in the final.

                The Zembla Cup is held each spring in Ostland's capital.
                """));
        }
    }
}
