using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A question may describe the person it asks about instead of naming them: "What sanction did FIFA give the official
/// who kissed Hermoso?" had been answered with the kiss itself, the sentence closest to the words that only say who is
/// meant. The person is now found first ("Who kissed Hermoso?") and the question answered about them by name.
/// </summary>
public sealed class DescribedPersonTests : IClassFixture<DescribedPersonTests.Corpus>
{
    private readonly Corpus _corpus;

    public DescribedPersonTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_question_about_a_described_person_is_answered_from_the_story_that_names_them()
    {
        var answer = await _corpus.AskAsync("How long was the ban given to the official who shoved Mira Lund?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("two years", answer.Text);
        Assert.Contains(answer.Citations, c => c.Title == "Zembla union bans Karl Holm");
    }

    [Fact]
    public async Task The_answer_tells_whom_the_description_names()
    {
        var answer = await _corpus.AskAsync("What did the union decide about the official who shoved Mira Lund?");

        Assert.Contains("On the official who shoved Mira Lund:", answer.Text);
        Assert.Contains("shoved the referee Mira Lund", answer.Text);
    }

    [Fact]
    public async Task A_person_described_as_the_subject_of_the_question_is_found_first()
    {
        var answer = await _corpus.AskAsync("What did the official who shoved Mira Lund say about the ban?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("would appeal", answer.Text);
        Assert.Contains("On the official who shoved Mira Lund:", answer.Text);
    }

    /// <summary>
    /// The person is named by the sentence that answers who did it, not by the sentences it refers back to: "It was the
    /// Wolves' first title" had been read with the sentences before it, and "Port Arlen Sharks" taken for the captain.
    /// </summary>
    [Fact]
    public async Task The_person_is_named_by_the_answering_sentence_itself()
    {
        var answer = await _corpus.AskAsync("What did the captain who joined the Wolves say about the Bears' players?");

        Assert.Contains("left with nothing", answer.Text);
        Assert.Contains("On the captain who joined the Wolves:", answer.Text);
    }

    [Fact]
    public async Task A_person_described_by_their_office_is_whoever_holds_it()
    {
        var answer = await _corpus.AskAsync("How long was the ban given to the president of the Harbour football federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("two years", answer.Text);
        Assert.Contains("On the president of the Harbour football federation:", answer.Text);
    }

    [Theory]
    [InlineData("What sanction did FIFA give the official who kissed Hermoso?", "the official who kissed Hermoso", "Who kissed Hermoso?")]
    [InlineData("What did the man who beat Lind in June say about his first task?", "the man who beat Lind in June", "Who beat Lind in June?")]
    [InlineData("What did the fencer who refused to shake hands win in Paris?", "the fencer who refused to shake hands", "Who refused to shake hands?")]
    [InlineData("How long was the ban given to the federation president who had kissed Hermoso?", "the federation president who had kissed Hermoso", "Who had kissed Hermoso?")]
    public void A_closing_description_is_read_with_the_question_that_finds_the_person(string question, string phrase, string finding)
    {
        var described = QuestionClauses.Described(question);

        Assert.Equal(phrase, described?.Phrase);
        Assert.Equal(finding, described?.Question);
    }

    [Theory]
    [InlineData("Who was the official who kissed Hermoso?")]
    [InlineData("What did the fencer who refused a handshake post online?")]
    [InlineData("When was the player who refused to play banned?")]
    [InlineData("Who was the president of the Harbour football federation?")]
    [InlineData("Is Karl Holm still the president of the Harbour football federation?")]
    [InlineData("Was Karl Holm the president of the Harbour football federation?")]
    [InlineData("What did FIFA say about the players who refused to play?")]
    [InlineData("Who kissed Hermoso, and what did FIFA give the official who did it?")]
    public void A_described_person_the_question_asks_for_or_whose_clause_has_no_end_to_tell_is_no_description_to_resolve(string question) =>
        Assert.Null(QuestionClauses.Described(question));

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("holm-shoves-referee.md", Articles.Markdown("Harbour federation president shoves referee after cup final", "2024-05-05",
                """
                Karl Holm, the president of the Harbour football federation, shoved the referee Mira Lund as the teams left the pitch after the cup final on 4 May.

                Players from both sides stepped in to separate them.
                """));
            folder.Write("bears-expelled.md", Articles.Markdown("Rostov Bears expelled over unpaid wages", "2024-09-03",
                """
                The Aldenia hockey league has expelled the Rostov Bears after the club failed to pay its players for five months.

                Bears captain Ivo Pesic said the players had been left with nothing.
                """));
            folder.Write("wolves-title.md", Articles.Markdown("Wolves win the league title", "2025-03-02",
                """
                The Kessel Wolves won the league title on 1 March 2025, beating the Port Arlen Sharks 4-2 in the final game of the series.

                Their captain, Ivo Pesic, who joined from the expelled Rostov Bears in October, scored twice. It was the Wolves' first title since 2011.
                """));
            folder.Write("holm-banned.md", Articles.Markdown("Zembla union bans Karl Holm", "2024-07-02",
                """
                The Zembla Football Union has banned Karl Holm from all football activity for two years over his conduct at the cup final.

                Its disciplinary panel said the ban starts at once and covers every competition the union runs. Holm said he would appeal against the ban.
                """));
        }
    }
}
