using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Fans ask in a verb's base form and news reports in its past: "What did Bach write to Kharlan?" was refused beside
/// "Bach… wrote to Kharlan expressing his support". An irregular past form is its verb.
/// </summary>
public sealed class IrregularVerbTests : IClassFixture<IrregularVerbTests.Corpus>
{
    private readonly Corpus _corpus;

    public IrregularVerbTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_question_in_the_base_form_is_answered_by_the_irregular_past()
    {
        var answer = await _corpus.AskAsync("What did Berg write to Kolar?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("promising her a place", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("kolar-cleared.md", Articles.Markdown("Fencer Mira Kolar cleared to compete in Vell", "2025-07-29",
                """
                Ostlandic fencer Mira Kolar has been cleared to compete at the world championships in Vell, a day after she was disqualified.

                On 28 July federation president Anna Berg, herself a former world champion in sabre, wrote to Kolar expressing her support and promising her a place at the 2026 Harbour Games, whatever her ranking by then.

                In a letter to the Zembla federation, Berg said the referee's ruling against Kolar had been correct.

                Before the team event, Kolar met Zembla's sports minister Petr Holm in Vell to discuss the ruling.
                """));
        }
    }
}
