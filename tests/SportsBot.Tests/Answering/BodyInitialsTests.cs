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
        }
    }
}
