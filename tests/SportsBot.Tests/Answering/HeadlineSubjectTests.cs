using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A story is about what its headline names: a sentence deep in it that carries the asked fact need not repeat
/// the name to answer a question about it.
/// </summary>
public sealed class HeadlineSubjectTests : IClassFixture<HeadlineSubjectTests.Corpus>
{
    private readonly Corpus _corpus;

    public HeadlineSubjectTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_reason_told_three_paragraphs_into_a_story_answers_a_question_naming_its_headline_subject()
    {
        var answer = await _corpus.AskAsync("Why did the Zembla rowing federation suspend its president?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("unexplained payments", answer.Text);
    }

    [Fact]
    public async Task A_question_naming_something_the_story_never_names_is_still_not_answered_from_it()
    {
        var answer = await _corpus.AskAsync("Why did the Zembla rowing federation suspend its Olympic coach Anna Berg?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("zembla-rowing.md", Articles.Markdown("Zembla rowing federation suspends its president", "2024-05-14",
                """
                The Zembla rowing federation has suspended its president, Karl Weiss, pending an inquiry.

                The board met on Tuesday in the capital. It heard from the auditors for most of the day.

                The federation's board voted 12 to 3 to suspend its president because auditors found unexplained payments to a consultancy.

                Weiss denied any wrongdoing and said he would appeal.
                """));
    }
}
