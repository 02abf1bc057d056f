using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A club sold by a sanctioned owner to a consortium that promised to invest.</summary>
public sealed class ClubTakeoverCaseTests : IClassFixture<ClubTakeoverCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ClubTakeoverCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_sum_promised_answers_how_much_will_be_spent()
    {
        var answer = await _corpus.AskAsync("How much will Meridian spend on a training ground?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("300 million pounds", answer.Text);
    }

    [Fact]
    public async Task A_sum_promised_is_not_what_was_spent()
    {
        var answer = await _corpus.AskAsync("How much did Meridian spend on the training ground?");

        Assert.DoesNotContain("300 million", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("takeover.md", Articles.Markdown("Meridian consortium completes Harbour City FC takeover", "2024-07-22",
                """
                A consortium led by the American investor Carl Meridian has completed its takeover of Harbour City FC for 1.9 billion pounds.
                Meridian promised to spend 300 million pounds on a new training ground.
                """));
        }
    }
}
