using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// Questions as people type them, over a club takeover story: an opening "Then:" or "So", "the name of the…",
/// "how old", "how many of the…", a role asked with "as", a buyer asked with "bought" when the story says
/// "purchase", "go through" for a purchase completed, a number the story does not have, and what a rule "says" (over a second story). Each asks for a kind of fact, and only a sentence carrying
/// it answers.
/// </summary>
public sealed class QuestionWordingTests : IClassFixture<QuestionWordingTests.Corpus>
{
    private readonly Corpus _corpus;

    public QuestionWordingTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("Then: who bought Harbour City?")]
    [InlineData("so who actually owns harbour city now")]
    public async Task A_who_question_after_an_opening_word_is_answered_with_the_buyer(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Lakeland Investment Fund", answer.Text);
    }

    [Fact]
    public async Task A_role_asked_with_as_needs_a_sentence_that_names_the_role()
    {
        var answer = await _corpus.AskAsync("Who did Harbour City hire as manager after the takeover?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task How_old_is_not_answered_by_a_number_of_years_that_is_not_an_age()
    {
        var answer = await _corpus.AskAsync("How old was Tom Ashby when he sold Harbour City?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task How_old_is_answered_by_an_age_given_after_a_name()
    {
        var answer = await _corpus.AskAsync("How old is the Harbour City captain Jon Reyes?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("24", answer.Text);
    }

    [Fact]
    public async Task The_name_of_a_person_is_not_answered_by_a_sentence_that_names_nobody_in_that_role()
    {
        var answer = await _corpus.AskAsync("What was the name of the lawyer who handled the Harbour City sale?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task How_many_of_the_things_is_not_answered_by_a_number_of_something_else()
    {
        var answer = await _corpus.AskAsync("How many of the new Harbour City shirts did the club sell?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_reason_given_as_on_grounds_of_answers_a_why_question()
    {
        var answer = await _corpus.AskAsync("Why did the league block the earlier bid for Harbour City?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("public interest", answer.Text);
    }

    [Fact]
    public async Task A_number_the_sources_do_not_have_is_answered_with_what_they_say_and_flagged()
    {
        var answer = await _corpus.AskAsync("Did the Lakeland fund invest 500 million in Harbour City?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("My sources do not say 500.", answer.Text);
        Assert.Contains("305 million", answer.Text);
    }

    [Fact]
    public async Task Go_is_no_word_a_source_must_repeat()
    {
        // "go" was a focus word, and no sentence said it: "completed its purchase" is how the story tells it.
        var answer = await _corpus.AskAsync("When did the sale of Harbour City go through?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("2 May 2025", answer.Text);
    }

    [Fact]
    public async Task What_a_rule_says_is_what_it_holds_not_somebodys_words()
    {
        var answer = await _corpus.AskAsync("What do the Zembla Swimming Union's new rules say about the open category?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("open to every swimmer", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("zembla-swimming-open-category.md", Articles.Markdown("Zembla Swimming Union adopts new eligibility rules", "2025-03-04",
                """
                Under the Zembla Swimming Union's new rules, adopted on 3 March 2025, an open category will be created at national championships, open to every swimmer regardless of sex.

                The first races in the open category are planned for the summer championships in Port Vell.
                """));
            folder.Write("harbour-city-sold.md", Articles.Markdown("Harbour City FC sold to the Lakeland Investment Fund", "2025-05-02",
                """
                Harbour City FC have a new owner. A consortium led by the Lakeland Investment Fund completed its purchase of the club from Tom Ashby on 2 May 2025, ending his 14 years in charge.

                The fund invested 305 million pounds in the club.

                The league had used its powers to block an earlier bid in 2024 on grounds of public interest.

                Thousands of fans gathered outside the stadium to celebrate, many of them wearing the club's new green shirts.

                The club's lawyer confirmed that the sale had been completed.

                The fund's chairman, Mara Velde, becomes chairman of the club. The captain, Jon Reyes, 24, said the players were excited.
                """));
        }
    }
}
