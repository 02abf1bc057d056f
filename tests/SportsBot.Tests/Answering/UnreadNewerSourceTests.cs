using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A newer report that retrieval ranks above the answer's source, but whose sentences the rules cannot read as an
/// answer (here it is in French), is shown as what came later; the answer never claims an older source is the newest.
/// </summary>
public sealed class UnreadNewerSourceTests : IClassFixture<UnreadNewerSourceTests.Corpus>
{
    private readonly Corpus _corpus;

    public UnreadNewerSourceTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_newer_report_in_another_language_follows_the_answer_instead_of_being_dropped()
    {
        var answer = await _corpus.AskAsync("Is Lia Varga still banned from the Zembla Open?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 14 May 2023", answer.Text);
        Assert.Contains("Later, as of 3 March 2025", answer.Text);
        Assert.DoesNotContain("My newest source", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("varga-zembla-open-ban.md", Articles.Markdown("Zembla Open bans Lia Varga for two years", "2023-05-14",
                """
                The Zembla Open has banned Ostland's Lia Varga from the tournament for two years after her outburst at last year's final.

                The organisers said the ban would be reviewed when it ends.
                """));
            folder.Write("varga-zembla-open-fr.md", Articles.Markdown("Le Zembla Open lève l'interdiction de Lia Varga", "2025-03-03",
                """
                Le Zembla Open a levé l'interdiction de Lia Varga, qui pourra de nouveau jouer le tournoi cette année.

                Les organisateurs du Zembla Open ont salué le comportement de Lia Varga depuis deux ans.
                """));
        }
    }
}
