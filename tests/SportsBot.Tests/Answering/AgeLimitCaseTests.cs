using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A skating union's senior age limit raised and then phased in, a body-camera trial for referees, and the errors video
/// review corrected: one group or one end of a pair asked about, a rule that lets a skater compete, a fan's words for errors.
/// </summary>
public sealed class AgeLimitCaseTests : IClassFixture<AgeLimitCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public AgeLimitCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"what is the minimum age for junior skating competitions?" was answered with the senior one.</summary>
    [Fact]
    public async Task The_senior_age_limit_is_not_the_junior_one()
    {
        var answer = await _corpus.AskAsync("what is the minimum age for junior skating competitions?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task The_senior_age_limit_answers_a_question_about_seniors()
    {
        var answer = await _corpus.AskAsync("what is the minimum age for senior skating competitions?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("17", answer.Text);
    }

    /// <summary>"When does the referee body-camera trial finish?" was answered with the month it begins.</summary>
    [Fact]
    public async Task When_a_trial_begins_is_not_when_it_finishes()
    {
        var answer = await _corpus.AskAsync("When does the referee body-camera trial finish?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task When_a_trial_begins_answers_when_it_starts()
    {
        var answer = await _corpus.AskAsync("When does the referee body-camera trial start?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("August", answer.Text);
    }

    /// <summary>"can katya lindrov compete at the 2027 world championships?" gave no yes: "will allow … to compete at the 2027 World Championships" was not read as a permission.</summary>
    [Fact]
    public async Task A_rule_that_will_allow_a_skater_to_compete_says_yes()
    {
        var answer = await _corpus.AskAsync("can mira dahl compete at the 2027 world championships?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("Yes", answer.Text);
    }

    /// <summary>"how many mistakes did var fix last season in norwend" was refused: the story counts errors corrected.</summary>
    [Fact]
    public async Task Mistakes_are_errors()
    {
        var answer = await _corpus.AskAsync("how many mistakes did var fix last season in kessia?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("58", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("skating-senior-age-raised.md", Articles.Markdown("Skating union raises senior age limit to 17", "2025-06-12",
                """
                The Nordic Skating Union has voted to raise the minimum age for senior international competition from 15 to 17.

                Skaters must have reached the minimum age by 1 July before the season in which they compete.
                """));
            folder.Write("skating-age-phased-in.md", Articles.Markdown("Nordic Skating Union phases in age limit, Dahl cleared", "2025-10-21",
                """
                The Nordic Skating Union has decided to bring in its new senior age limit in two stages, a compromise that will allow teenager Mira Dahl to compete at the 2027 World Championships in Oslo.
                """));
            folder.Write("kessia-referee-cameras.md", Articles.Markdown("Kessian referees to wear body cameras", "2025-05-02",
                """
                A body-camera trial for 150 referees in the Kessian lower leagues will begin in August, the Kessian Football Federation said.
                """));
            folder.Write("kessia-var-review.md", Articles.Markdown("Kessian clubs split over video review", "2025-05-20",
                """
                The Kessian Football Federation's head of refereeing said VAR had corrected 58 clear and obvious errors in the Kessian top flight last season.
                """));
        }
    }
}
