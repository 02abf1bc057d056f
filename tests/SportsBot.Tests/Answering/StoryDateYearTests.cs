using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A brief from May 2025 saying that the Harbour League resumes on 17 May never writes "2025": its date says the year.
/// "When will the 2025 Harbour League season resume?" was refused, the brief taken for a source that does not name
/// everything the question names, though it is the one story that answers; and retrieval, weighing whether the newer
/// story covers the question as well as the older, let the suspension it ended lead "Is the 2025 season still suspended?".
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
    public async Task Whether_it_still_holds_is_answered_by_the_newer_brief_that_never_writes_the_year()
    {
        var answer = await _corpus.AskAsync("Is the 2025 Harbour League season still suspended?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("harbour-league-resumes", answer.Citations[0].ArticleId);
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
            folder.Write("harbour-league-suspended.md", Articles.Markdown("Border tension halts cricket in Zembla", "2025-05-09",
                """
                The Zembla cricket board has suspended the 2025 Harbour League season with immediate effect because of rising tension on the border with Ostland.

                The board said on 9 May 2025 that the safety of players, officials and spectators came first. Sixteen of the season's matches remain to be played.
                """));
            folder.Write("harbour-league-founded.md", Articles.Markdown("Zembla launches the Harbour League", "2019-03-01",
                """
                The Zembla cricket board has launched the Harbour League, a city-based competition of eight teams whose first season starts in April.

                The board said the league would be played every spring and that its matches would be shown on free-to-air television.
                """));
            folder.Write("harbour-league-resumes.md", Articles.Markdown("Harbour League season suspension lifted", "2025-05-12",
                """
                The Zembla cricket board has lifted its suspension of the Harbour League season, which will resume on 17 May after the ceasefire between Zembla and Ostland held over the weekend.

                The remaining matches will be played at four grounds, and the final has moved to 3 June.
                """));
        }
    }
}
