using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Who did Kharlan beat in Milan?" asks for the one beaten, not for a winner other than Kharlan; and "Who decided
/// to move the Champions League final?" asks who decided: the "Champions" of a name is no win. Both were refused.
/// </summary>
public sealed class WhoDidTheyBeatTests : IClassFixture<WhoDidTheyBeatTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhoDidTheyBeatTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Who_someone_beat_is_answered_with_the_one_beaten()
    {
        var answer = await _corpus.AskAsync("Who did Lia Varga beat at the Harbour Open?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Mira Holt", answer.Text);
    }

    [Fact]
    public async Task A_win_word_inside_a_name_does_not_make_the_question_ask_for_a_winner()
    {
        var answer = await _corpus.AskAsync("Who decided to move the Harbour Champions Cup final?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Zembla Fencing Union", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("varga-harbour-open.md", Articles.Markdown("Varga through at the Harbour Open", "2024-05-03",
                """
                Ostland fencer Lia Varga beat Zembla's Mira Holt 15-9 in the first round of the women's sabre at the Harbour Open on 3 May 2024.

                Varga, a two-time European champion, next meets the top seed.
                """));
            folder.Write("champions-cup-final-moved.md", Articles.Markdown("Harbour Champions Cup final moved to Ostport", "2024-05-02",
                """
                The Harbour Champions Cup final has been moved from Harbour to Ostport.

                The decision was taken by the board of the Zembla Fencing Union on 2 May 2024, after the Harbour hall failed a safety inspection.
                """));
        }
    }
}
