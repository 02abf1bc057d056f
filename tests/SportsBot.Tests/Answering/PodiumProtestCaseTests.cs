using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A sprinter reprimanded for a podium protest, and the rule changed after it: questions a first reader got wrong on
/// stories like these.
/// </summary>
public sealed class PodiumProtestCaseTests : IClassFixture<PodiumProtestCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public PodiumProtestCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Her_race_time_is_not_answered_by_a_story_that_gives_none()
    {
        var answer = await _corpus.AskAsync("What was Lina Ocho's time in the 200 metres?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_race_time_the_story_gives_is_still_answered_for_a_full_name()
    {
        var answer = await _corpus.AskAsync("What was Amara Quist's time in the 200 metres?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("21.98", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ocho-reprimanded.md", Articles.Markdown("Sprinter reprimanded for podium protest", "2024-08-12",
                """
                Tarsian sprinter Lina Ocho has been reprimanded by World Sprint for raising a clenched fist on the podium after winning silver in the 200 metres in Oslund.
                Ocho said the gesture was for the political prisoners held in Tarsia.
                """));
            folder.Write("quist-wins.md", Articles.Markdown("Quist wins 200 metres world title", "2024-08-11",
                """
                Amara Quist of Delland won the 200 metres at the world championships in Oslund on Sunday.
                Quist crossed the line in 21.98 seconds, a championship record.
                """));
        }
    }
}
