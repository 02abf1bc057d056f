using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A sentence may answer without the question's words when it is the source's closest in meaning to the question;
/// but when the source has one that says them, that one leads ("What was Holt's sentence?" is answered with the
/// sentence, not with what the government said about bringing her home).
/// </summary>
public sealed class SaysTheWordsFirstTests : IClassFixture<SaysTheWordsFirstTests.Corpus>
{
    private readonly Corpus _corpus;

    public SaysTheWordsFirstTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_sentence_that_says_what_was_asked_leads_over_the_one_only_closest_in_meaning()
    {
        var answer = await _corpus.AskAsync("What was Holt's sentence?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("six years", answer.Text.Split("[1]")[0]);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("holt-freed.md", Articles.Markdown("Zembla sprinter Mira Holt freed in prisoner exchange", "2024-06-01",
                """
                Mira Holt is on her way home. The government said the choice had been to bring Holt home or nobody.

                The Zembla sprinter was released on 1 June 2024 in exchange for a businessman held abroad.

                In March a court sentenced her to six years in a labour camp, and her appeal was rejected in April.
                """));
    }
}
