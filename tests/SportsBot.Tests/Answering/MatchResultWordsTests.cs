using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// News tells a match's result in its own words: "a 6-2 defeat by England before their first match". Fans asked
/// "Which team did Iran lose to in their World Cup opener?" and were told the sources did not cover it, and "What was
/// the score?" was answered with the half-time score alone.
/// </summary>
public sealed class MatchResultWordsTests : IClassFixture<MatchResultWordsTests.Corpus>
{
    private readonly Corpus _corpus;

    public MatchResultWordsTests(Corpus corpus) => _corpus = corpus;

    /// <summary>A match lost is one the other side won: "lose to" is answered by "a defeat by".</summary>
    [Fact]
    public async Task Losing_to_a_side_is_told_by_a_defeat_by_it()
    {
        var answer = await _corpus.AskAsync("Who did Zembla lose to at the World Cup?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("defeat by Ostland", answer.Text);
    }

    [Fact]
    public async Task A_first_match_is_an_opener()
    {
        var answer = await _corpus.AskAsync("How did Zembla's players mark their World Cup opener?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("stood in silence", answer.Text);
    }

    [Fact]
    public async Task A_scoreline_is_the_score()
    {
        var answer = await _corpus.AskAsync("What was the score when Zembla played Ostland?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("4-1", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-silent-before-match.md", Articles.Markdown("Zembla players stay silent as protests go on at home", "2026-06-12",
                """
                Zembla's players stood in silence before their first match of the 2026 World Cup, a 4-1 defeat by Ostland in Vell on 12 June 2026.

                The gesture was widely seen as support for the protests that have gone on in Zembla since May.

                Ostland led 3-0 at half-time, and Lia Varga scored Zembla's only goal late in the match.

                Zembla's coach said the team would not comment on politics during the tournament.
                """));
        }
    }
}
