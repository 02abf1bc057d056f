using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A town's offer to renovate an old rink, whose sum no story gives, beside a club's repair bill in another story: a
/// how-much question that only a sentence in other words could seem to answer.
/// </summary>
public sealed class SumInOtherWordsCaseTests : IClassFixture<SumInOtherWordsCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public SumInOtherWordsCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how much did the town offer to do up the old hall?" was answered with another club's repair estimate.</summary>
    [Fact]
    public async Task A_sum_in_a_story_about_something_else_does_not_answer()
    {
        var answer = await _corpus.AskAsync("how much did the town offer to do up the old rink?");

        Assert.False(answer.Known, answer.Text);
        Assert.DoesNotContain("2.5 million", answer.Text);
    }

    /// <summary>A sum the story gives in other words, naming what the question names, still answers.</summary>
    [Fact]
    public async Task A_sum_in_other_words_about_what_the_question_names_answers()
    {
        var answer = await _corpus.AskAsync("how much did the Dalby Stand repairs come to?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2.5 million", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("lynx-move.md", Articles.Markdown("Orsa Lynx to leave town for the capital", "2025-03-02",
                """
                The ice hockey league has approved the Orsa Lynx's move to the capital from next season.

                Orsa mayor Britt Holm said the town's offer to renovate the old rink "remains on the table".
                """));
            folder.Write("dalby-stand.md", Articles.Markdown("Vik United close Dalby Stand over rusted beams", "2025-09-04",
                """
                Vik United have closed the Dalby Stand after inspectors found rust in its roof beams.

                Chief executive Per Lind said the Dalby Stand repairs could cost around 2.5 million crowns and take until spring.
                """));
        }
    }
}
