using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A headline says what its story is about, but not every sentence under it is. "Who won the 2023 ice hockey world
/// championship?" was answered with the World Junior Championship's winner, told in a story headed by the senior
/// championship: a sentence that names another event of the kind is about that one.
/// </summary>
public sealed class HeadlineOtherEventTests : IClassFixture<HeadlineOtherEventTests.Corpus>
{
    private readonly Corpus _corpus;

    public HeadlineOtherEventTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_sentence_about_another_event_of_its_kind_does_not_answer_for_the_one_its_headline_names()
    {
        var answer = await _corpus.AskAsync("Who won the 2026 Zembla Cup?");

        Assert.DoesNotContain("Lakeland won", answer.Text);
    }

    [Fact]
    public async Task That_sentence_answers_for_the_event_it_names()
    {
        var answer = await _corpus.AskAsync("Who won the Harbour Junior Cup?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lakeland won", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-cup-opens.md", Articles.Markdown("Zembla Cup opens in Vell without Ostland", "2026-05-12",
                """
                The 2026 Zembla Cup opens on 12 May in Vell without Ostland, whose teams remain suspended by the federation.

                The Harbour Junior Cup had been scheduled for Port Arno. It was played instead in Tarn, and Lakeland won the title.
                """));
        }
    }
}
