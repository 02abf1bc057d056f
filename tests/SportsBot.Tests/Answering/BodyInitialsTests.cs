using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Fans name a governing body by its initials; a story may spell it out and never use them. "When did the ICC suspend
/// Zembla Cricket?" was refused: another story wrote "ICC", so the name was required, and the story that answers
/// only says "the International Cricket Council".
/// </summary>
public sealed class BodyInitialsTests : IClassFixture<BodyInitialsTests.Corpus>
{
    private readonly Corpus _corpus;

    public BodyInitialsTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("When did the ICC suspend Zembla Cricket?")]
    [InlineData("When did the International Cricket Council suspend Zembla Cricket?")]
    public async Task A_body_named_by_its_initials_is_the_body_a_story_spells_out(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("zembla-cricket-suspended", answer.Citations[0].ArticleId);
        Assert.Contains("10 November 2023", answer.Text);
    }

    /// <summary>
    /// No table knows a body of the stories' own, but one story writing "the Zembla Rowing Union (ZRU)" and another only
    /// "the Zembla Rowing Union" name the same body: "What did the ZRU president win at the 2016 Games?" was refused.
    /// </summary>
    [Fact]
    public async Task A_body_named_by_initials_no_table_knows_is_the_body_a_story_spells_out()
    {
        var answer = await _corpus.AskAsync("What medal did the ZRU president win at the 2016 Games?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("silver", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-cricket-suspended.md", Articles.Markdown("Zembla Cricket suspended over government interference", "2023-11-10",
                """
                The International Cricket Council suspended Zembla Cricket on 10 November 2023 because the government had interfered in the running of the board.

                Zembla's teams may still play in international events while the suspension lasts.
                """));
            folder.Write("ostland-cricket-funding.md", Articles.Markdown("Ostland board seeks more money for cricket", "2024-02-01",
                """
                Ostland's cricket board said on 1 February 2024 that it would ask the ICC for more money to build grounds outside the capital.
                """));
            folder.Write("zembla-rowing-election.md", Articles.Markdown("Zembla rowers elect Berg", "2024-03-02",
                """
                The Zembla Rowing Union (ZRU) elected Anna Berg as its president on 1 March 2024, by 40 votes to 12.
                """));
            folder.Write("berg-profile.md", Articles.Markdown("From the boat to the boardroom", "2024-04-10",
                """
                Anna Berg, the new president of the Zembla Rowing Union, won silver in the single sculls at the 2016 Games.
                """));
        }
    }
}
