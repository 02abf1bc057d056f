using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Olympic medal bonuses a government halved and a climbing fee it raised: a winner told of in passing and lives lost
/// on a mountain, asked for by a reader who never saw the rules.
/// </summary>
public sealed class MedalBonusCaseTests : IClassFixture<MedalBonusCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public MedalBonusCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"who got caldessa's judo gold in the women's 57kg?" was refused: "Judoka Marta Sellari, who won gold in the women's 57kg, said…" was read as no win.</summary>
    [Fact]
    public async Task A_winner_told_of_in_a_clause_about_her_is_named()
    {
        var answer = await _corpus.AskAsync("who got norland's judo gold in the women's 63kg?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lea Marin", answer.Text);
    }

    /// <summary>A clause about another title is no answer to who won this one.</summary>
    [Fact]
    public async Task A_winner_of_another_category_is_not_named()
    {
        var answer = await _corpus.AskAsync("who won norland's judo gold in the men's 81kg?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"how many climbers lost their lives on varun last season" was refused: "we lost 14 lives" did not count climbers.</summary>
    [Fact]
    public async Task Lives_lost_count_the_climbers_who_died()
    {
        var answer = await _corpus.AskAsync("how many climbers lost their lives on mount orla last season");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("11 lives", answer.Text);
    }

    /// <summary>"how many foreign climbing permits did pellagh issue in 2025?" was answered by a 2025 story's "issued 402 permits to foreign climbers in 2024".</summary>
    [Fact]
    public async Task A_figure_dated_in_another_year_is_not_this_year_s()
    {
        var answer = await _corpus.AskAsync("how many foreign climbing permits did norland issue in 2025?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_figure_dated_in_the_asked_year_answers()
    {
        var answer = await _corpus.AskAsync("how many foreign climbing permits did norland issue in 2024?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("380", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("norland-bonuses-halved.md", Articles.Markdown("Norland halves Olympic medal bonuses", "2025-02-18",
                """
                Norland's Olympic medallists will receive only half of the cash bonuses they were promised, the Sports Ministry said on Monday.

                Judoka Lea Marin, who won gold in the women's 63kg, said she had borrowed money in the expectation that the bonus would arrive in the autumn.
                """));
            folder.Write("orla-permit-fee.md", Articles.Markdown("Norland raises Mount Orla climbing fee", "2025-05-21",
                """
                Foreign climbers will have to pay $14,000 for a permit to climb Mount Orla from next spring, Norland's Tourism Ministry said on Tuesday.

                "Last season we lost 11 lives on its slopes," said the ministry's director, Arne Kvist. The ministry issued 380 permits to foreign climbers in 2024.
                """));
        }
    }
}
