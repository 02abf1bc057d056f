using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A judo championships moved from a city near fighting, and its results by weight class: questions a first reader got
/// wrong on stories like these.
/// </summary>
public sealed class WeightClassCaseTests : IClassFixture<WeightClassCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public WeightClassCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_weight_class_no_story_reports_is_not_answered_with_another_class()
    {
        var answer = await _corpus.AskAsync("Who won the men's under-81kg at the European judo championships?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task The_winner_of_the_asked_weight_class_is_the_one_who_retained_it()
    {
        var answer = await _corpus.AskAsync("Who won the men's under-73kg at the European judo championships?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Luka Brenner", answer.Text);
        Assert.DoesNotContain("Hollis", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("judo-moved.md", Articles.Markdown("European Judo Championships moved from Dravenport to Solano", "2025-10-02",
                """
                The European Judo Union has moved the 2026 European Championships from Dravenport to Solano because of fighting near Dravenport's border.
                The championships keep their dates, 16 to 19 April 2026.
                """));
            folder.Write("judo-results.md", Articles.Markdown("Home crowd cheers Mira Hollis to gold in Solano", "2026-04-18",
                """
                Mira Hollis won the women's under-63kg title at the European Judo Championships in Solano on Friday, throwing Agnes Vidal for ippon in the final.
                In the men's under-73kg, Luka Brenner retained his title by beating Sami Koivu on penalties.
                """));
        }
    }
}
