using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A national team that would not play a qualifier in a disputed city, and the forfeit it was handed.</summary>
public sealed class QualifierForfeitCaseTests : IClassFixture<QualifierForfeitCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public QualifierForfeitCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Where_a_team_is_in_its_group_is_its_place_in_the_standings()
    {
        var answer = await _corpus.AskAsync("Where is Norland in its qualifying group?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("fourth in Group C", answer.Text);
    }

    [Fact]
    public async Task A_forfeit_scoreline_does_not_say_who_scored()
    {
        var answer = await _corpus.AskAsync("Who scored for Valdoria in Kessa?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("refuse.md", Articles.Markdown("Norland refuse to play World Cup qualifier in Kessa", "2025-09-08",
                """
                Norland's national football team did not travel to its World Cup qualifier against Valdoria in Kessa, a city in the Ostrel region claimed by both countries.
                About 9,000 fans were in the stadium when the referee called the match off.
                """));
            folder.Write("forfeit.md", Articles.Markdown("Norland handed 3-0 defeat and fine for qualifier no-show", "2025-10-02",
                """
                The disciplinary committee awarded Valdoria a 3-0 win over Norland and fined the Norland Football Association 150,000 Swiss francs for failing to play in Kessa.
                Norland coach Petra Lind said the team would make the same choice again.
                The result leaves Norland fourth in Group C, five points behind the qualifying places.
                """));
        }
    }
}
