using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What was Kasatkina's world ranking when she switched to Australia?" asks for a place in an order, and was
/// answered with the sentence reporting the switch, which gives none. A ranking or seeding question needs a rank
/// ("world No. 9", "ranked 14th", "the fourth seed"); a what-question about a fine or a fee needs an amount.
/// </summary>
public sealed class RankQuestionTests : IClassFixture<RankQuestionTests.Corpus>
{
    private readonly Corpus _corpus;

    public RankQuestionTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("What was Mila Horn's world ranking when she switched to Ostland?", "rank")]
    [InlineData("What was Petr Lund seeded at the Harbour Open?", "rank")]
    [InlineData("Which seed was he?", "rank")]
    [InlineData("What was the fine?", "much")]
    [InlineData("What is the transfer fee Harbour paid?", "much")]
    public void A_ranking_or_a_fine_is_asked_for_as_a_number(string question, string asked) =>
        Assert.Equal((AskedFor.HowMany, (string?)null, asked), QuestionKindReader.Read(question));

    [Theory]
    [InlineData("What happened to Harbour's ranking points?")]
    [InlineData("What happened to the fine?")]
    [InlineData("What were Harbour's ranking points worth?")]
    [InlineData("Which ranking points did the players lose?")]
    public void What_happened_to_something_or_to_ranking_points_asks_no_number(string question) =>
        Assert.NotEqual(AskedFor.HowMany, QuestionKindReader.Read(question).Kind);

    [Fact]
    public async Task What_happened_to_ranking_points_is_answered_with_what_was_done_to_them()
    {
        var answer = await _corpus.AskAsync("What happened to Harbour's ranking points in 2025?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("will not award ranking points", answer.Text);
    }

    [Fact]
    public async Task A_ranking_the_sources_do_not_give_is_not_answered_with_the_story()
    {
        var answer = await _corpus.AskAsync("What was Mila Horn's world ranking when she switched to Ostland?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_seeding_the_source_gives_is_answered()
    {
        var answer = await _corpus.AskAsync("What was Petr Lund seeded at the Harbour Open?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("fourth seed", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("horn-switches-to-ostland.md", Articles.Markdown("Mila Horn switches to Ostland", "2025-03-31",
                """
                Mila Horn, one of the leading players on the women's tour, has announced that she now represents Ostland after being granted residency there.

                Horn, who was born in Zembla, said she wanted to play without the restrictions placed on Zemblan players since 2022.
                """));
            folder.Write("tours-strip-harbour-open-points.md", Articles.Markdown("Tours strip the Harbour Open of ranking points", "2025-04-02",
                """
                The men's and women's tours said on 2 April 2025 that they will not award ranking points at the Harbour Open this year, because the tournament has turned away players from Zembla.

                The tournament will still be played in May, with prize money.
                """));
            folder.Write("lund-harbour-open.md", Articles.Markdown("Lund into Harbour Open quarter-finals", "2025-05-07",
                """
                Petr Lund, the fourth seed, reached the quarter-finals of the Harbour Open on 7 May 2025 with a straight-sets win over Ivo Sand.

                Lund plays the winner of the match between Ari Kell and Tom Brand next.
                """));
        }
    }
}
