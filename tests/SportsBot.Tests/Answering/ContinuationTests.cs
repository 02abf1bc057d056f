using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A sentence that refers back to the lead ("Its members voted 14 to 2…") goes on telling the lead's fact. When the
/// lead answers only as the sentence closest in meaning, the one after it does not pass on its own: with room left
/// beside what answers, it follows the lead, and the answer does not stop half-way through the story's account.
/// </summary>
public sealed class ContinuationTests : IClassFixture<ContinuationTests.Corpus>
{
    private readonly Corpus _corpus;

    public ContinuationTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_sentence_that_refers_back_to_the_lead_follows_it()
    {
        var answer = await _corpus.AskAsync("When did Ostland's crews get the green light?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("4 June 2025", answer.Parts[0].Text);
        Assert.Contains("Port Vell regatta", answer.Text);
    }

    [Fact]
    public async Task A_sentence_that_does_not_refer_back_is_not_added()
    {
        var answer = await _corpus.AskAsync("When did Ostland's crews get the green light?");

        Assert.DoesNotContain("oldest sport", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-lifts-rowing-ban.md", Articles.Markdown("Zembla lifts its sanctions on Ostland's oarsmen", "2025-06-05",
                """
                Zembla's rowing federation lifted its sanctions on Ostland's oarsmen on 4 June 2025. Its members voted 14 to 2 at the spring congress, and the first crew back will race at the Port Vell regatta.

                Rowing is the oldest sport in Zembla, and its clubs are among the country's largest.
                """));
        }
    }
}
