using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Fans type names in lower case. "who won the 2022 world cup" asks about the World Cup, which "Zembla won the Davis
/// Cup" does not name: words the stories only ever write capitalised together are read as that name.
/// </summary>
public sealed class NameCasingTests : IClassFixture<NameCasingTests.Corpus>
{
    private readonly Corpus _corpus;

    public NameCasingTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public void Words_the_stories_only_write_capitalised_together_get_their_capitals()
    {
        var sources = new[] { "Ostland were banned from the World Cup. Zembla won the Davis Cup.", "The World Cup final is in Port Vell." };

        Assert.Equal("who won the 2022 World Cup", NameCasing.Restore("who won the 2022 world cup", sources));
    }

    [Fact]
    public void Words_the_stories_also_write_in_lower_case_stay_as_typed()
    {
        var sources = new[] { "The Team Event was held in Port Vell.", "A team event is planned for Zembla." };

        Assert.Null(NameCasing.Restore("when was the team event", sources));
    }

    [Fact]
    public async Task A_lower_case_name_is_not_answered_by_another_name_sharing_a_word()
    {
        var answer = await _corpus.AskAsync("who won the 2022 world cup");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostland-davis-cup-ban.md", Articles.Markdown("Ostland barred from tennis and football events", "2022-03-01",
                """
                Ostland's football teams were barred from the World Cup qualifying play-offs on 1 March 2022.

                Its tennis players were barred from the Davis Cup the same day.

                Ostland won the Davis Cup in Port Vell in 2021, beating Zembla in the final.
                """));
            folder.Write("world-cup-draw.md", Articles.Markdown("World Cup draw held without Ostland", "2022-04-02",
                """
                The draw for the 2022 World Cup was held in Harbour on 1 April 2022, without Ostland, whose teams remain suspended.
                """));
        }
    }
}
