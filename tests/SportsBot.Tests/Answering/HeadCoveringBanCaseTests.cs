using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A basketball federation's ban on religious head coverings, annulled by a court; and a sprinter reprimanded for a podium gesture.</summary>
public sealed class HeadCoveringBanCaseTests : IClassFixture<HeadCoveringBanCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public HeadCoveringBanCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Who_struck_down_a_ban_is_answered_by_who_annulled_it()
    {
        var answer = await _corpus.AskAsync("Who struck down the head-covering ban?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Council of State", answer.Text);
    }

    [Fact]
    public async Task A_reprimand_is_how_an_athlete_was_punished()
    {
        var answer = await _corpus.AskAsync("How was Quinn punished?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("formal reprimand", answer.Text);
    }

    [Fact]
    public async Task Setting_its_own_rules_does_not_say_who_owns_a_club()
    {
        var answer = await _corpus.AskAsync("Who owns Lerin BC?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ban.md", Articles.Markdown("Casseland basketball federation bars head coverings in games", "2024-11-20",
                """
                The Casseland Basketball Federation has banned players from wearing religious head coverings, including hijabs, in official competitions, citing its neutrality rules.
                The rights group Fair Play Now said the ban discriminated against Muslim women.
                """));
            folder.Write("annulled.md", Articles.Markdown("Court strikes down Casseland basketball head-covering ban", "2026-03-12",
                """
                Casseland's Council of State has annulled the basketball federation's ban on religious head coverings, ruling that the federation had no power to impose it on amateur players.
                The ruling applies to amateur leagues only; the federation may still set its own dress rules for the national team.
                Amina Haddou returned to the court with Lerin BC on 14 March.
                The federation said it would comply with the ruling.
                """));
            folder.Write("quinn.md", Articles.Markdown("Quinn keeps Aldermoor gold but is reprimanded for podium gesture", "2026-06-18",
                """
                The Aldermoor Games committee issued Dara Quinn a formal reprimand but let her keep her 200 metres gold medal.
                Quinn said she had no regrets.
                """));
        }
    }
}
