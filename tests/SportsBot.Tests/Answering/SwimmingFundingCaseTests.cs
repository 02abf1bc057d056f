using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A ministry that froze a federation's money over an audit, then restored it when the president resigned.</summary>
public sealed class SwimmingFundingCaseTests : IClassFixture<SwimmingFundingCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public SwimmingFundingCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task What_an_audit_found_is_why_the_money_was_frozen()
    {
        var answer = await _corpus.AskAsync("Why was the swimming federation's funding frozen?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 3 April 2025", answer.Text);
        Assert.Contains("after an audit found", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("funding-frozen.md", Articles.Markdown("Dalmian sports ministry freezes swimming federation funding", "2025-04-03",
                """
                Dalmia's sports ministry has frozen 4.2 million euros of annual funding to the Dalmian Swimming Federation after an audit found 600,000 euros paid to companies owned by the federation's president, Viktor Hale.
                Hale denied any wrongdoing.
                """));
            folder.Write("funding-restored.md", Articles.Markdown("Dalmian swimming funding restored after Hale resigns", "2025-12-09",
                """
                Dalmia's sports ministry has restored funding to the swimming federation after president Viktor Hale resigned and the federation adopted rules requiring outside auditors.
                Former Olympic swimmer Irena Vasko was elected interim president of the federation.
                """));
        }
    }
}
