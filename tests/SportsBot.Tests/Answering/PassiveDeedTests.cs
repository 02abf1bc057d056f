using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Who paid the four delegates?" had been answered with "the council annulled Holm's election after finding that four
/// delegates had been paid to vote for him": the sentence says the deed and names people, but tells it in the passive
/// and never says by whom.
/// </summary>
public sealed class PassiveDeedTests : IClassFixture<PassiveDeedTests.Corpus>
{
    private readonly Corpus _corpus;

    public PassiveDeedTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_deed_told_only_in_the_passive_does_not_say_who_did_it()
    {
        var answer = await _corpus.AskAsync("Who paid the four delegates?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_deed_told_in_the_passive_with_its_doer_says_who_did_it()
    {
        var answer = await _corpus.AskAsync("Who paid the two officials of the Zembla Rowing Union?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lena Dahl", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostland-election-annulled.md", Articles.Markdown("Ostland council annuls boxing election", "2025-04-30",
                """
                The Ostland sports council has annulled the election of Karl Holm as president of the Ostland Boxing Federation after finding that four delegates had been paid to vote for him.

                Holm said he would appeal.
                """));
            folder.Write("zembla-ballot-counters.md", Articles.Markdown("Zembla ballot counters were bribed, inquiry finds", "2025-05-12",
                """
                Two officials of the Zembla Rowing Union were paid by its former treasurer, Lena Dahl, to count the ballots of its last election in private, an inquiry has found.
                """));
        }
    }
}
