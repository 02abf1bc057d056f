using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A chair umpire banned for life for fixing scores, and his appeal to CAS: questions a first reader got wrong on
/// stories like these.
/// </summary>
public sealed class MatchFixingUmpireCaseTests : IClassFixture<MatchFixingUmpireCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public MatchFixingUmpireCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task An_appeal_the_court_dismissed_answers_whether_he_won_it()
    {
        var answer = await _corpus.AskAsync("Did Brodsky win his appeal?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("dismissed Karel Brodsky's appeal", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("brodsky-banned.md", Articles.Markdown("Umpire Karel Brodsky banned for life over match-fixing", "2025-06-19",
                """
                The International Tennis Integrity Agency has banned chair umpire Karel Brodsky for life after finding that he manipulated scores in 14 matches at lower-level tournaments.
                Brodsky entered points late on the electronic scoring system so that gamblers could bet on results they already knew. He was paid about 30,000 euros.
                """));
            folder.Write("brodsky-appeal.md", Articles.Markdown("Brodsky loses appeal against life ban", "2026-01-27",
                """
                The Court of Arbitration for Sport has dismissed Karel Brodsky's appeal against his life ban for match-fixing, but cut his fine to 25,000 euros.
                Brodsky's lawyer said his client could not afford the original fine.
                """));
        }
    }
}
