using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What did CAS decide on Ekdal's appeal?" had been answered with "Ekdal said he would appeal to the Court of Arbitration
/// for Sport" and the sentence after it: a story that names the court only as where a case is going tells nothing it
/// decided.
/// </summary>
public sealed class DeciderTests : IClassFixture<DeciderTests.Corpus>
{
    private readonly Corpus _corpus;

    public DeciderTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_body_named_only_as_where_an_appeal_goes_decided_nothing()
    {
        var answer = await _corpus.AskAsync("What did CAS decide on Holm's appeal?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_body_named_deciding_answers_what_it_decided()
    {
        var answer = await _corpus.AskAsync("What did CAS decide on Berg's appeal?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("dismissed", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("holm-barred.md", Articles.Markdown("Ostland council bars boxing president", "2025-04-30",
                """
                The Ostland sports council has barred Karl Holm from office in the Ostland Boxing Federation for three years after finding that delegates had been paid to vote for him.

                Holm said he would appeal to the Court of Arbitration for Sport. The world boxing union welcomed the council's decision.
                """));
            folder.Write("berg-appeal-dismissed.md", Articles.Markdown("Berg loses her appeal", "2025-03-04",
                """
                The Court of Arbitration for Sport dismissed Anna Berg's appeal against her two-year doping ban on 3 March 2025.

                Berg said she was disappointed.
                """));
        }
    }
}
