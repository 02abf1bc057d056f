using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A dated story opens with the news of its day ("Kasatkina has announced that she now represents Australia")
/// without repeating the date: "When did she switch?" is answered with the story's date, not refused.
/// </summary>
public sealed class NewsOfTheDayTests : IClassFixture<NewsOfTheDayTests.Corpus>
{
    private readonly Corpus _corpus;

    public NewsOfTheDayTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_when_question_about_a_storys_news_is_answered_with_the_storys_date()
    {
        var answer = await _corpus.AskAsync("When did Anna Berg switch to Ostland?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("31 March 2025", answer.Text.Split("[1]")[0]);
    }

    [Fact]
    public async Task A_when_question_about_what_the_story_gives_no_date_for_is_still_refused()
    {
        var answer = await _corpus.AskAsync("When did Anna Berg first play for Zembla?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("berg-switches.md", Articles.Markdown("Anna Berg switches to Ostland", "2025-03-31",
                """
                Zembla tennis player Anna Berg has announced that she now represents Ostland after being granted residency there.

                Berg, who played for Zembla at two Olympic Games, said she wanted to live freely. Her first tournament under the Ostland flag is in Madrid.
                """));
    }
}
