using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What spending limit did the league set?" asks for a number set as a bound ("below 2.5 nmol/L", "capped at £30m"):
/// a story saying only that a limit was set, or giving some other number ("three seasons"), does not answer it.
/// </summary>
public sealed class LimitQuestionTests : IClassFixture<LimitQuestionTests.Corpus>
{
    private readonly Corpus _corpus;

    public LimitQuestionTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("What spending limit did the Harbour League set?")]
    [InlineData("What's the testosterone threshold in the new rules?")]
    [InlineData("Which salary cap applies?")]
    public void A_limit_threshold_or_cap_is_asked_for_as_a_number(string question) =>
        Assert.Equal(AskedFor.HowMany, QuestionKindReader.Read(question).Kind);

    [Fact]
    public async Task A_story_that_only_says_a_limit_was_set_does_not_answer_what_the_limit_is()
    {
        var answer = await _corpus.AskAsync("What spending limit did the Harbour League set?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_number_set_as_a_bound_answers_what_the_limit_is()
    {
        var answer = await _corpus.AskAsync("What testosterone limit did Zembla Swimming set?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2.5 nmol/L", answer.Parts[0].Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("harbour-league-cap.md", Articles.Markdown("Harbour League sets a spending limit for its clubs", "2024-04-02",
                """
                The Harbour League has set a spending limit for its clubs from next season, its board announced on 2 April 2024.

                Clubs that break the new rules face a points deduction. The league's chairman, Tom Ashby, who has led the league for three seasons, said the change would protect smaller clubs.
                """));
            folder.Write("zembla-swim-rules.md", Articles.Markdown("Zembla Swimming tightens its eligibility rules", "2024-05-10",
                """
                Zembla Swimming has tightened its eligibility rules for the women's category, its congress decided on 10 May 2024.

                Swimmers must now keep their testosterone below 2.5 nmol/L for at least 24 months before they can compete. The federation said the new rules, which were backed by two thirds of its members, protect fairness.
                """));
        }
    }
}
