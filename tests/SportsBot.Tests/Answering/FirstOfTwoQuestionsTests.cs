using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What limit do the federation's 2023 rules set for athletes like Varga, and what did the court decide about her
/// that July?" asks two things the sources tell in two stories: the rules story never names the court. The first
/// question is answered from the story that names what it names, and "that July" is the July of the first's year,
/// not a later ruling's.
/// </summary>
public sealed class FirstOfTwoQuestionsTests : IClassFixture<FirstOfTwoQuestionsTests.Corpus>
{
    private const string Question =
        "What testosterone limit do the Ostrian Athletics Federation's 2023 rules set for athletes like Varga, and what did the Zemblan court decide about her that July?";

    private readonly Corpus _corpus;

    public FirstOfTwoQuestionsTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("and what did the court decide about her that July?", true)]
    [InlineData("and what happened later that year?", true)]
    [InlineData("and what did the court decide in July?", false)]
    [InlineData("and what did that court decide?", false)]
    public void A_second_question_can_take_its_time_from_the_first(string clause, bool refersBack) =>
        Assert.Equal(refersBack, QuestionClauses.RefersBackToItsTime(clause));

    [Fact]
    public async Task The_first_question_is_answered_from_a_story_that_names_only_what_it_names()
    {
        var answer = await _corpus.AskAsync(Question);

        Assert.True(answer.Known, answer.Text);
        Assert.DoesNotContain("don't cover", answer.Text);
        Assert.Contains("2.5 nmol/L", answer.Text);
        Assert.Contains(answer.Citations, c => c.ArticleId == "ostrian-athletics-dsd-rules-2023-03");
    }

    [Fact]
    public async Task That_July_is_the_July_of_the_first_questions_year()
    {
        var answer = await _corpus.AskAsync(Question);

        Assert.Contains("11 July 2023", answer.Text);
        Assert.DoesNotContain(answer.Citations, c => c.ArticleId == "varga-appeal-chamber-2025-07");
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ostrian-athletics-dsd-rules-2023-03.md", Articles.Markdown("Ostrian Athletics Federation tightens its rules for female events", "2023-03-23",
                """
                The Ostrian Athletics Federation has changed the rules for its female events, a measure that again keeps the runner Lia Varga out of the 800m.

                The Council tightened its rules for athletes with differences in sex development. They must now keep their testosterone below 2.5 nmol/L for at least 24 months before they can compete in the female category.
                """, source: "Track Review"));
            folder.Write("varga-zemblan-court-ruling-2023-07.md", Articles.Markdown("Zemblan court rules Varga suffered discrimination", "2023-07-11",
                """
                The Zemblan Court of Human Rights ruled on 11 July 2023 that the runner Lia Varga was discriminated against when the national courts refused to overturn the rules that keep her out of the 800m.

                The judges found by four votes to three that her right to a fair hearing had been breached.
                """));
            folder.Write("varga-appeal-chamber-2025-07.md", Articles.Markdown("Zemblan court's appeal chamber rules on Varga", "2025-07-10",
                """
                The appeal chamber of the Zemblan Court of Human Rights decided on 10 July 2025 that the national courts had not examined the appeal of the runner Lia Varga rigorously enough.

                The chamber declined to rule on her complaint of discrimination.
                """, source: "Harbour Daily"));
        }
    }
}
