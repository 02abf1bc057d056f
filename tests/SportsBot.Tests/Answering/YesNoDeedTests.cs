using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Was Rubiales fined by the Spanish court?" was answered with "Rubiales can appeal against the decision", and "Did
/// Ostland appeal the ban?" with the story of the ban: half of the question's words were enough for a yes/no question,
/// whatever half. What the question asks its named subject did, or had done to it, must be said (or its opposite).
/// </summary>
public sealed class YesNoDeedTests : IClassFixture<YesNoDeedTests.Corpus>
{
    private readonly Corpus _corpus;

    public YesNoDeedTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("Did Ostland appeal the Zembla Cup ban?", "appeal")]
    [InlineData("Was Rubiales fined by the Spanish court?", "fined")]
    [InlineData("Has the IOC lifted the ban?", "lifted")]
    [InlineData("Did Ostland's federation appeal the ban?", null)]
    [InlineData("Did any Russian player protest?", null)]
    [InlineData("Did the American-owned racing outfit keep its driver?", null)]
    [InlineData("Were Russian players banned from Wimbledon?", null)]
    public void The_deed_of_a_yes_no_question_follows_its_named_subject(string question, string? deed)
    {
        Assert.Equal(deed, QuestionClauses.YesNoDeed(question));
    }

    /// <summary>
    /// The federation's words say "ban", half of the question, and nothing of an appeal. (The story's sentence closest
    /// in meaning may still answer, as it may for a question put in other words: "Did Haas axe Mazepin?".)
    /// </summary>
    [Fact]
    public async Task A_sentence_that_does_not_say_the_deed_does_not_answer_yes_or_no()
    {
        var answer = await _corpus.AskAsync("Did Ostland appeal the Zembla Cup ban?");

        Assert.DoesNotContain("called the ban unfair", answer.Text);
    }

    [Fact]
    public async Task A_sentence_that_says_the_deed_answers()
    {
        var answer = await _corpus.AskAsync("Did Harbour FC appeal the fine?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("has appealed", answer.Text);
    }

    [Fact]
    public async Task The_opposite_of_the_deed_answers_no()
    {
        var answer = await _corpus.AskAsync("Was Ostland allowed into the Zembla Cup?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("barred", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-cup-bars-ostland.md", Articles.Markdown("Zembla Cup bars Ostland", "2025-03-02",
                """
                The Zembla Cup has barred Ostland's team from this year's tournament over unpaid fees, its organisers said on 1 March 2025.

                Ostland's federation called the ban unfair and said its players had done nothing wrong.
                """));
            folder.Write("harbour-fc-appeals-fine.md", Articles.Markdown("Harbour club appeals its fine", "2025-04-10",
                """
                Harbour FC has appealed against the fine the Zembla league imposed on it for crowd trouble, the club said on 9 April 2025.
                """));
        }
    }
}
