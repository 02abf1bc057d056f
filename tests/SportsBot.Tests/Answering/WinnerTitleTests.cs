using SportsBot.Core.Answering;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Four-time world champion Lars Eng said he would not race" does not tell who won the Harbour Grand Prix: a title
/// before a name describes the person by an earlier win. It answers only when it names the asked event ("Zembla Open
/// champion Mira Solberg" for "Who won the Zembla Open?").
/// </summary>
public sealed class WinnerTitleTests : IClassFixture<WinnerTitleTests.Corpus>
{
    private readonly Corpus _corpus;

    public WinnerTitleTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_champion_of_something_else_is_not_the_winner_asked_for()
    {
        var answer = await _corpus.AskAsync("Who won the 2025 Harbour Grand Prix?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_title_that_names_the_asked_event_tells_who_won_it()
    {
        var answer = await _corpus.AskAsync("Who won the Zembla Open in 2025?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Mira Solberg", answer.Text);
    }

    [Fact]
    public async Task A_winner_described_instead_of_named_is_quoted_with_the_sentence_that_names_her()
    {
        var answer = await _corpus.AskAsync("Who won the 2026 Ostland Open final?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Petra Kovac", answer.Parts.First(p => p.Role == AnswerRole.Lead).Text);
    }

    [Fact]
    public async Task Being_the_asked_events_champion_tells_who_won_it()
    {
        var answer = await _corpus.AskAsync("Who won the 2026 Harbour Marathon?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lena Dahl", answer.Text);
    }

    [Fact]
    public async Task A_defending_champion_is_not_the_winner_asked_for()
    {
        var answer = await _corpus.AskAsync("Who won the 2026 Port Vell Marathon?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harbour-grand-prix-called-off.md", Articles.Markdown("Harbour Grand Prix called off", "2025-03-02",
                """
                The 2025 Harbour Grand Prix will not take place, the organisers said on 1 March 2025, after the harbour road circuit failed its safety inspection.

                Three-time world champion Lars Eng said on 28 February that he would not race in Harbour until the barriers were replaced.
                """));
            folder.Write("solberg-zembla-open-exhibition.md", Articles.Markdown("Solberg opens new Zembla arena", "2025-09-20",
                """
                Zembla Open champion Mira Solberg opened the new Zembla arena on 19 September 2025 with an exhibition match against Eva Lind.

                The arena seats 9,000 and will host the Zembla Open from next season.
                """));
            folder.Write("ostland-open-final.md", Articles.Markdown("Ostland Open ends with a home final", "2026-01-30",
                """
                A year after missing the event through injury, Petra Kovac is the Ostland Open champion again.

                The Zemblan beat Anna Berg of Harbour 6-3, 6-4 in the final at the Port Vell arena on 29 January 2026.
                """));
            folder.Write("harbour-marathon-in-the-rain.md", Articles.Markdown("Rain does not stop the Harbour Marathon", "2026-05-04",
                """
                Lena Dahl is the Harbour Marathon champion for the first time, the organisers said on 3 May 2026.

                The race was run in heavy rain along the old harbour road.
                """));
            folder.Write("port-vell-marathon-withdrawal.md", Articles.Markdown("Berg withdraws from the Port Vell Marathon", "2026-04-10",
                """
                Anna Berg was the defending Port Vell Marathon champion but withdrew from the 2026 race with a knee injury on 9 April.

                The race will be run on 12 April 2026 over the usual course.
                """));
        }
    }
}
