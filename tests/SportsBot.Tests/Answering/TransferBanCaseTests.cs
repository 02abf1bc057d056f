using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A club banned from registering players over unpaid transfer fees, which sold its training ground to pay them:
/// questions a first reader got wrong on stories like these.
/// </summary>
public sealed class TransferBanCaseTests : IClassFixture<TransferBanCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public TransferBanCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task What_the_club_paid_is_not_what_the_council_paid()
    {
        var answer = await _corpus.AskAsync("How much did the city council pay for Dorvik's training ground?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task What_the_club_paid_answers_what_the_club_paid()
    {
        var answer = await _corpus.AskAsync("How much did the club pay to Sandal City and Rovers Eastbay?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2.8 million euros", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("dorvik-banned.md", Articles.Markdown("Dorvik FC banned from registering players over unpaid transfer fees", "2025-01-15",
                """
                FIFA has banned Dorvik FC from registering new players for three transfer windows because the club failed to pay transfer fees it owed to two other clubs.
                The ban will be lifted as soon as the debts are paid, FIFA said.
                """));
            folder.Write("dorvik-lifted.md", Articles.Markdown("FIFA lifts Dorvik transfer ban after debts paid", "2025-04-02",
                """
                FIFA has lifted its registration ban on Dorvik FC after the club paid the 2.8 million euros it owed to Sandal City and Rovers Eastbay.
                The club sold its training ground to the city council to raise the money.
                """));
        }
    }
}
