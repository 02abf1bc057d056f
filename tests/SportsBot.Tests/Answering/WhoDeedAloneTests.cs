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

    /// <summary>
    /// Nor is the deed said alone by the sentence closest in meaning of a story that says none of the question's other
    /// words: "Who stayed silent during the anthem?" had been answered from the Rubiales story with "the federation's
    /// leadership stayed in place".
    /// </summary>
    [Fact]
    public async Task The_closest_sentence_of_a_story_saying_only_the_deed_does_not_answer_who()
    {
        var answer = await _corpus.AskAsync("Who stayed silent during the anthem?");

        Assert.DoesNotContain("leadership stayed in place", answer.Text);
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
            folder.Write("ostland-anthem.md", Articles.Markdown("Ostland players do not sing the anthem before their opener", "2024-06-14",
                """
                Ostland's footballers stood in silence and did not sing their national anthem before their first match of the Harbour Cup, a 2-0 defeat by Zembla.

                The gesture was widely seen as support for the protests at home.
                """));
            folder.Write("harbour-federation-president.md", Articles.Markdown("Harbour federation president refuses to resign", "2024-05-10",
                """
                The president of the Harbour football federation, Karl Holm, has refused to resign after criticism of his handling of a pay dispute.

                The backlash only grew: 40 players said they would not play for Harbour while the federation's leadership stayed in place.
                """));
        }
    }
}
