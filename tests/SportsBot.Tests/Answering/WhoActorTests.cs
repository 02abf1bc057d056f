using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Who refused to shake Kharlan's hand?" was answered with "Ukraine's Olga Kharlan, who was disqualified at the
/// 2023 World Fencing Championships after declining to shake hands…": the sentence names no one but Kharlan, her
/// country describing her and the championships being where it happened. Neither names who did it.
/// </summary>
public sealed class WhoActorTests : IClassFixture<WhoActorTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhoActorTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_asked_persons_country_and_an_event_name_no_one_who_did_it()
    {
        var answer = await _corpus.AskAsync("Who refused to shake Varga's hand?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_person_named_doing_it_still_answers()
    {
        var answer = await _corpus.AskAsync("Who refused to shake hands with Ostland's sabre team?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Mira Holt", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("varga-bronze-2025-08.md", Articles.Markdown("Varga wins bronze at the Harbour Games", "2025-08-11",
                """
                Ostland's Lia Varga, who was disqualified at the 2024 Harbour Fencing Championships after refusing to shake hands with a neutral opponent, won bronze in the women's sabre on 29 July.
                """));
            folder.Write("team-final-handshake-2025-08.md", Articles.Markdown("No handshake before the sabre team final", "2025-08-03",
                """
                Zembla's captain Mira Holt refused to shake hands with Ostland's sabre team before the team final.
                """));
        }
    }
}
