using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A former champion elected to parliament by a narrow margin, cut further on a recount: the votes she got and the
/// margin she won by, asked for by a reader who never saw the rules.
/// </summary>
public sealed class ElectionMarginCaseTests : IClassFixture<ElectionMarginCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public ElectionMarginCaseTests(Corpus corpus) => _corpus = corpus;

    /// <summary>"how many votes did kestel get in total in harbrook north?" was answered by her winning margin, "by just 212 votes".</summary>
    [Fact]
    public async Task A_winning_margin_is_not_the_votes_she_got()
    {
        var answer = await _corpus.AskAsync("how many votes did lind get in total in northgate?");

        Assert.False(answer.Known, answer.Text);
    }

    [Theory]
    [InlineData("how many votes did lind win northgate by?")]
    [InlineData("What was Ada Lind's majority after the recount?")]
    public async Task A_question_about_the_margin_is_answered_by_it(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("37 votes", answer.Text);
    }

    [Theory]
    [InlineData("how many votes did lind win by?", true)]
    [InlineData("By how many votes did Lind win the seat?", true)]
    [InlineData("What was her winning margin?", true)]
    [InlineData("how many votes did lind get in total?", false)]
    [InlineData("How many federations voted for the rule?", false)]
    public void A_margin_is_asked_by_its_own_words(string question, bool margin) =>
        Assert.Equal(margin, QuestionClauses.AsksForAMargin(question));

    /// <summary>"which polling stations had the counting mistakes in the recount?" was answered by "counting errors at three polling stations", which names none.</summary>
    [Fact]
    public async Task A_count_of_polling_stations_does_not_say_which_they_were()
    {
        var answer = await _corpus.AskAsync("which polling stations had the counting mistakes in the recount?");

        Assert.False(answer.Known, answer.Text);
    }

    /// <summary>"which party is kestel an MP for" was answered first by her retirement plans, the story's opening, and the party only after.</summary>
    [Fact]
    public async Task Which_party_is_answered_by_the_name_of_one()
    {
        var answer = await _corpus.AskAsync("which party is lind an MP for");

        Assert.True(answer.Known, answer.Text);
        var lead = answer.Text[..answer.Text.IndexOf("[1]", StringComparison.Ordinal)];
        Assert.Contains("Green Party", lead);
    }

    /// <summary>
    /// "who's going to be veskland's new prime minister after the election?" was answered by the champion's election,
    /// as the sentence closest in meaning; no story names a prime minister of hers.
    /// </summary>
    [Fact]
    public async Task A_prime_minister_nobody_names_is_not_the_one_elected_to_parliament()
    {
        var answer = await _corpus.AskAsync("who's going to be vessia's new prime minister after the election?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("lind-elected.md", Articles.Markdown("Former champion Lind wins Northgate seat", "2025-09-15",
                """
                Ada Lind, the former world 400m champion, has been elected to Vessia's parliament, winning the Northgate constituency for the Green Party by just 212 votes.

                The 30-year-old unseated Karl Fenn, who had held the seat since 2011, in Sunday's general election.
                """));
            folder.Write("lind-recount.md", Articles.Markdown("Recount cuts Lind's majority but she keeps seat", "2025-11-20",
                """
                A recount completed on 24 October found counting errors at three polling stations and cut Ada Lind's winning margin to 37 votes.

                Fenn took his case to the Electoral Court, which dismissed it on 13 November.
                """));
            folder.Write("lind-to-retire.md", Articles.Markdown("Lind to run her last race in February", "2025-11-26",
                """
                Ada Lind will run her last race at the national indoor championships in February, she said on Wednesday.

                "After two months in parliament I know I cannot do both properly," the Green Party MP said.
                """));
        }
    }
}
