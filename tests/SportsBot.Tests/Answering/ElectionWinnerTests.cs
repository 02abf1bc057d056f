using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A story reports who won a vote as who was elected: "Who won the Norvik boxing election in February 2025?" was refused
/// beside "the Norvik Boxing Federation elected Tomas Ekdal as its president on 12 February 2025", which has no win verb.
/// </summary>
public sealed class ElectionWinnerTests : IClassFixture<ElectionWinnerTests.Corpus>
{
    private readonly Corpus _corpus;

    public ElectionWinnerTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("Who won the Zembla Rowing Union election?")]
    [InlineData("Who won the vote for Zembla Rowing Union president?")]
    public async Task Who_won_a_vote_is_answered_by_whom_it_elected(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Anna Berg", answer.Text);
    }

    [Fact]
    public async Task Being_elected_wins_no_match()
    {
        var answer = await _corpus.AskAsync("Who won the Zembla Rowing Union regatta?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("zembla-rowing-election.md", Articles.Markdown("Zembla rowers choose a new president", "2024-03-02",
                """
                The Zembla Rowing Union elected Anna Berg as its president on 1 March 2024, by 40 votes to 12 over Karl Holm.

                Its regatta will be held in June.
                """));
    }
}
