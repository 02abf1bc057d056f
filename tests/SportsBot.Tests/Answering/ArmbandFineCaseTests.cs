using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A captain fined for a protest armband, her club paying the fine, and the league dropping it: questions a first
/// reader got wrong on stories like these.
/// </summary>
public sealed class ArmbandFineCaseTests : IClassFixture<ArmbandFineCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ArmbandFineCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Who_paid_is_the_name_opening_the_sentence_before_paid()
    {
        var answer = await _corpus.AskAsync("Who paid Marlow's fine?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Rivertown paid the fine", answer.Text);
    }

    [Fact]
    public async Task A_pronoun_opening_the_sentence_is_no_one_named()
    {
        var answer = await _corpus.AskAsync("Who refunded Marlow's fine?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("marlow-fined.md", Articles.Markdown("Marlow fined for wearing protest armband", "2024-11-30",
                """
                The Eastland Football League has fined Rivertown captain Ella Marlow 5,000 pounds for wearing an armband in support of striking nurses during a league match.
                Marlow said the armband was "about people, not politics". Rivertown paid the fine on her behalf, and her teammates said they would wear the armband at the next match.
                """));
            folder.Write("marlow-refund.md", Articles.Markdown("Armband fine dropped after players' protest", "2024-12-12",
                """
                Players at eight clubs wore the nurses' armband in protest at the fine on Ella Marlow.
                It refunded the money a week later, and said charitable causes would be allowed on kit in future.
                """));
        }
    }
}
