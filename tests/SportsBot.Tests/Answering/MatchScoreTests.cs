using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What was the score when Iran played Wales?" was answered with "England led 3-0 at half-time…; Taremi scored
/// both of Iran's goals": a score, and Iran, but another match. A score or result asked for a named match must name
/// both its sides, and so must a count asked for one ("How many goals did Iran score against Wales?").
/// </summary>
public sealed class MatchScoreTests : IClassFixture<MatchScoreTests.Corpus>
{
    private readonly Corpus _corpus;

    public MatchScoreTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("What was the score when Iran played Wales?", "Iran", "Wales")]
    [InlineData("What was the result of the match between the Harbour Lions and Port Vell?", "Harbour Lions", "Port Vell")]
    [InlineData("What was the score in Zembla's game against Ostland?", "Zembla", "Ostland")]
    [InlineData("How many goals did Zembla score against Ostland?", "Zembla", "Ostland")]
    [InlineData("How many goals did Iran score against the United States?", "Iran", "United States")]
    public void A_question_names_the_two_sides_of_its_match(string question, string first, string second)
    {
        var sides = QuestionClauses.MatchSides(question);

        Assert.Equal([first, second], sides.Select(side => string.Join(' ', side)));
    }

    [Fact]
    public async Task The_score_of_another_match_does_not_answer()
    {
        var answer = await _corpus.AskAsync("What was the score when Zembla played Port Vell at the Harbour Cup?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task The_score_of_the_named_match_answers()
    {
        var answer = await _corpus.AskAsync("What was the score when Zembla played Ostland at the Harbour Cup?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("3-1", answer.Text);
    }

    [Fact]
    public async Task A_count_from_another_match_does_not_answer_how_many_in_the_named_one()
    {
        var answer = await _corpus.AskAsync("How many goals did Zembla score against Port Vell at the Harbour Cup?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_count_from_the_named_match_answers()
    {
        var answer = await _corpus.AskAsync("How many goals did Ada Brisk score against Ostland at the Harbour Cup?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("two goals", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("zembla-ostland-harbour-cup.md", Articles.Markdown("Zembla beat Ostland at the Harbour Cup", "2025-06-14",
                """
                Zembla played Ostland in their opening match of the Harbour Cup on 14 June 2025 and won 3-1, with two goals from their captain, Ada Brisk.

                Zembla's next match is against Port Vell on 18 June. When Port Vell played Ostland in last year's cup, the score was 0-2.
                """));
    }
}
