using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A story may say the answer in other words in one sentence, behind a dozen and more that share a word with the
/// question ("final") and say nothing of what it asks. Every sentence of a story is weighed for how close it is to
/// the question in meaning, not only the fourteen that share most words with it, so the one closest in meaning is
/// found wherever it stands.
/// </summary>
public sealed class SentenceInOtherWordsTests : IClassFixture<SentenceInOtherWordsTests.Corpus>
{
    private readonly Corpus _corpus;

    public SentenceInOtherWordsTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_count_said_in_other_words_is_found_behind_many_sentences_that_share_the_questions_words()
    {
        var answer = await _corpus.AskAsync("How many volunteers staffed the final?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("900 volunteers", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostland-cup-final.md", Articles.Markdown("Ostland win the cup final", "2025-05-18",
                """
                Ostland beat Zembla City 2-1 in the cup final on 17 May 2025.

                Tickets for the final cost 40 euros. The programme for the final had 64 pages. The ball for the final was made in Ostland. The trophy for the final weighs six kilograms. The referee for the final was Ivo Dahl. The final was shown on television.

                The pitch for the final was laid in April. The medals for the final were made of bronze. The mascot of the final was a seagull. The anthem before the final was sung by a choir. The kits for the final were designed in Port Vell. The final had a minute's silence for a former player.

                The caterers at the final sold fish soup. The car park for the final opened at noon. The fan zone for the final had two stages.

                The weather was mild and dry. About 900 volunteers helped out at the Harbour Stadium on the day.
                """));
        }
    }
}
