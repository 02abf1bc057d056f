using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "When will Kovan play again?" had been answered with "Mihai Sorin was banned for life": a story about one player
/// may end on another, and a sentence whose subject is that other player answers nothing about the first.
/// </summary>
public sealed class SomebodyElseTests : IClassFixture<SomebodyElseTests.Corpus>
{
    private readonly Corpus _corpus;

    public SomebodyElseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_sentence_about_another_player_does_not_answer_about_the_one_asked()
    {
        var answer = await _corpus.AskAsync("When will Kovan play again?");

        Assert.DoesNotContain("Sorin", answer.Text);
    }

    [Fact]
    public async Task The_other_player_asked_about_by_name_is_still_answered()
    {
        var answer = await _corpus.AskAsync("Why was Sorin banned for life?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("failing to take part in his hearing", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("kovan-cleared.md", Articles.Markdown("Kovan cleared as tribunal finds evidence too weak", "2025-06-30",
                """
                Pavel Kovan has been cleared of match-fixing by an independent tribunal, which found that the messages against him could not be linked to him.

                The tribunal lifted his provisional suspension with immediate effect. Kovan said he would seek damages from the integrity office.

                Mihai Sorin was banned for life in May after failing to take part in his hearing.
                """));
    }
}
