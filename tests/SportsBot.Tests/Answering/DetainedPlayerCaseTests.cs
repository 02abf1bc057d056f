using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A footballer arrested for backing protesters and freed on bail six weeks later, among the bundled stories:
/// questions a first reader got wrong on stories like these.
/// </summary>
public sealed class DetainedPlayerCaseTests : IClassFixture<DetainedPlayerCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public DetainedPlayerCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task What_a_union_said_includes_what_it_said_later_on_the_same_matter()
    {
        var answer = await _corpus.AskAsync("What did FIFPRO say about Tavani's release?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("called for his release", answer.Text);
        Assert.Contains("Later, as of 15 November 2024: FIFPRO welcomed his release", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            // Among the bundled stories the older statement leads, as it did for the first reader.
            BundledKnowledgeFixture.CopyInto(folder);
            folder.Write("tavani-arrested.md", Articles.Markdown("Footballer Reza Tavani arrested after backing protesters", "2024-10-07",
                """
                Persia United midfielder Reza Tavani was arrested in the city of Sorah on Sunday, two days after he posted a message supporting anti-government protesters, his club said.

                Tavani, 28, has played 34 times for his national team. State media said he was charged with "spreading propaganda against the state", which can carry a prison sentence of up to five years.

                The international players' union, FIFPRO, said it was "deeply concerned" and called for his release. His club said it would provide him with a lawyer.
                """));
            folder.Write("tavani-bailed.md", Articles.Markdown("Tavani freed on bail but barred from leaving the country", "2024-11-15",
                """
                Midfielder Reza Tavani was released on bail of about 80,000 dollars on Thursday after 39 days in detention, his lawyer said.

                Tavani may not leave the country while the charge of spreading propaganda against the state stands, and his passport has been taken. His trial is due to begin in February.

                Persia United said he would not play for the club until the case is resolved. FIFPRO welcomed his release but said the charge should be dropped.
                """));
        }
    }
}
