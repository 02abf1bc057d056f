using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A brief from May 2025 saying that the Harbour League resumes on 17 May never writes "2025": its date says the year.
/// "When will the 2025 Harbour League season resume?" was refused, the brief taken for a source that does not name
/// everything the question names, though it is the one story that answers.
/// </summary>
public sealed class StoryDateYearTests : IClassFixture<StoryDateYearTests.Corpus>
{
    private readonly Corpus _corpus;

    public StoryDateYearTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_year_the_question_names_is_named_by_a_story_published_that_year()
    {
        var answer = await _corpus.AskAsync("When will the 2025 Harbour League season resume?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("harbour-league-resumes", answer.Citations[0].ArticleId);
        Assert.Contains("17 May", answer.Text);
    }

    [Fact]
    public async Task A_story_from_another_year_does_not_name_the_year_the_question_asks_about()
    {
        var answer = await _corpus.AskAsync("When will the 2026 Harbour League season resume?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harbour-league-suspended.md", Articles.Markdown("Harbour League suspended as border tension rises", "2025-05-09",
                """
                The Zembla cricket board has suspended the 2025 Harbour League season with immediate effect because of rising tension on the border with Ostland.

                The board said on 9 May 2025 that the safety of players, officials and spectators came first. Sixteen of the season's matches remain to be played.
                """));
            folder.Write("harbour-league-resumes.md", Articles.Markdown("Harbour League to resume on 17 May", "2025-05-12",
                """
                The Harbour League will resume on 17 May, the Zembla cricket board said on Monday, after the ceasefire between Zembla and Ostland held over the weekend.

                The remaining matches will be played at four grounds, and the final has moved to 3 June.
                """));
        }
    }
}
