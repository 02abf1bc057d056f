using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A team that forfeited a match on its government's order, its ban and fine, and their later easing.</summary>
public sealed class HandballForfeitCaseTests : IClassFixture<HandballForfeitCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public HandballForfeitCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task An_order_it_followed_is_why_a_team_forfeited()
    {
        var answer = await _corpus.AskAsync("Why did Tarvia forfeit the match against Ossland?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("following a government order", answer.Text);
    }

    [Fact]
    public async Task What_the_government_withdrew_is_why_a_ban_was_lifted()
    {
        var answer = await _corpus.AskAsync("Why was Tarvia's ban lifted?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 2 June 2026", answer.Text);
    }

    [Fact]
    public async Task A_fine_later_reduced_is_told_after_the_first_figure()
    {
        var answer = await _corpus.AskAsync("How much was the Tarvian federation fined?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("80,000 Swiss francs", answer.Text);
        Assert.Contains("reduced to 40,000 Swiss francs", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("forfeit.md", Articles.Markdown("Tarvia forfeits handball match rather than face Ossland", "2025-01-20",
                """
                Tarvia's men's handball team forfeited its world championship group match against Ossland on Sunday, following a government order not to compete against teams from Ossland.
                The international handball federation fined the Tarvian federation 80,000 Swiss francs and banned the team from the next two world championships.
                Tarvia's sports minister, Oren Salk, said the country would not change its policy.
                """));
            folder.Write("lifted.md", Articles.Markdown("Handball federation lifts Tarvia ban after policy change", "2026-06-02",
                """
                The international handball federation has lifted Tarvia's ban from world championships after the Tarvian government withdrew its order against playing Ossland.
                The fine was reduced to 40,000 Swiss francs.
                Tarvia will be in the draw for the 2027 world championship in Meridia.
                """));
        }
    }
}
