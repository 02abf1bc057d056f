using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A chess federation suspended after its country annexed a neighbour's region, and its best player switching to
/// that neighbour: questions a first reader got wrong on stories like these.
/// </summary>
public sealed class FederationSwitchCaseTests : IClassFixture<FederationSwitchCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public FederationSwitchCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_country_a_player_plays_for_is_the_one_after_play_for()
    {
        var answer = await _corpus.AskAsync("Which country does Nirsky play for?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("play for Lorvia", answer.Text);
    }

    [Fact]
    public async Task Highest_rated_is_not_his_rating()
    {
        var answer = await _corpus.AskAsync("What is Nirsky's rating?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_rating_the_story_gives_is_still_answered()
    {
        var answer = await _corpus.AskAsync("What is Irina Volt's rating?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2610", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ardenia-suspended.md", Articles.Markdown("Chess union suspends Ardenian federation", "2022-03-14",
                """
                The International Chess Union suspended the Ardenian Chess Federation on Sunday, two weeks after Ardenia annexed the Tolm region of neighbouring Lorvia.
                Ardenian players may still enter union tournaments, but only under the union's flag.
                """));
            folder.Write("nirsky-switch.md", Articles.Markdown("Grandmaster Nirsky leaves Ardenia's federation", "2023-01-09",
                """
                Grandmaster Pavel Nirsky, Ardenia's highest-rated player, has moved to the Lorvian Chess Federation, the union confirmed on Monday.
                Nirsky, 29, has lived in the Lorvian capital, Veska, since the spring of 2022.
                Nirsky will be eligible to play for Lorvia from January 2024.
                Ardenia's women's champion, Irina Volt, rated 2610, has chosen to stay with the suspended federation.
                """));
        }
    }
}
