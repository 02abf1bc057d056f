using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A national anti-doping agency declared non-compliant over withheld laboratory data, and reinstated.</summary>
public sealed class AntiDopingAgencyCaseTests : IClassFixture<AntiDopingAgencyCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public AntiDopingAgencyCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_story_date_does_not_date_what_its_opening_only_mentions()
    {
        var answer = await _corpus.AskAsync("When was the Ardan laboratory built?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_story_date_dates_the_news_its_opening_reports()
    {
        var answer = await _corpus.AskAsync("When did WADA declare Korvia's anti-doping agency non-compliant?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 30 September 2024", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("non-compliant.md", Articles.Markdown("Anti-doping body declares Korvian agency non-compliant", "2024-09-30",
                """
                The World Anti-Doping Agency has declared Korvia's national anti-doping agency non-compliant after it failed to hand over data from its Ardan laboratory.
                Korvia's government called the decision political.
                """));
            folder.Write("reinstated.md", Articles.Markdown("Korvian anti-doping agency reinstated after new law", "2027-03-08",
                """
                The World Anti-Doping Agency has reinstated Korvia's anti-doping agency after the country passed a law making it independent of the sports ministry.
                The laboratory data were handed over in December.
                """));
        }
    }
}
