using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A who-question's deed said alone is no sign a sentence is about the matter: "Who replaced Olav Dunn as Zembla
/// president?" had been answered from a story on his federation's bout rules with "the handshake can be replaced by
/// a salute", which says "replaced" and names somebody, and nothing of the presidency. So had "Who replaced Bach as
/// IOC president?" from the Kharlan story.
/// </summary>
public sealed class WhoDeedAloneTests : IClassFixture<WhoDeedAloneTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhoDeedAloneTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_deed_in_another_sense_does_not_answer_who()
    {
        var answer = await _corpus.AskAsync("Who replaced Olav Dunn as Zembla president?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-fencing-rules.md", Articles.Markdown("Zembla fencing federation changes its bout rules", "2024-03-02",
                """
                The Zembla fencing federation, led by Olav Dunn, has changed the rules for the start and end of a bout.

                According to local media, its secretary Anna Berg has also agreed that the traditional post-bout handshake can be replaced by a salute from a distance.

                The change takes effect at the Harbour Cup in April.
                """));
        }
    }
}
