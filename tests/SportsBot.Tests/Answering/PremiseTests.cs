using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Since CAS overturned the suspension in February 2024, is the committee back?" takes as given what the sources say
/// did not happen: the answer says what they report of it, under the asker's words, instead of leaving the assumption
/// standing beside the answer.
/// </summary>
public sealed class PremiseTests : IClassFixture<PremiseTests.Corpus>
{
    private readonly Corpus _corpus;

    public PremiseTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("Since CAS overturned the suspension in February 2024, is the committee back?", "On whether CAS overturned the suspension in February 2024:")]
    [InlineData("Given that Wimbledon lifted its ban, can Russian players play there?", "On whether Wimbledon lifted its ban:")]
    [InlineData("Since 2022, how many Russians played at Wimbledon?", null)]
    [InlineData("Since the invasion of Ukraine, how many federations have barred Russia?", null)]
    [InlineData("Since when is the committee suspended?", null)]
    [InlineData("Is the committee back, since the court ruled?", null)]
    public void What_a_question_takes_as_given_is_a_clause_with_a_verb_before_it_asks(string question, string? premise) =>
        Assert.Equal(premise, QuestionClauses.Premise(question)?.Note);

    [Fact]
    public async Task A_premise_the_sources_contradict_is_answered_with_what_they_report()
    {
        var answer = await _corpus.AskAsync("Since CAS overturned the Zembla Olympic Committee's suspension in February 2024, is the committee back as a full member of the Games Council?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("On whether CAS overturned the Zembla Olympic Committee's suspension in February 2024:", answer.Text);
        Assert.Contains("has dismissed the Zembla Olympic Committee's appeal", answer.Text);
    }

    [Fact]
    public async Task A_premise_is_answered_even_when_what_follows_from_it_is_not_covered()
    {
        var answer = await _corpus.AskAsync("Since CAS overturned the Zembla Olympic Committee's suspension in February 2024, how much funding has the committee received since?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("My sources don't cover \"how much funding has the committee received since?\" On whether CAS overturned", answer.Text);
        Assert.Contains("has dismissed the Zembla Olympic Committee's appeal", answer.Text);
    }

    [Fact]
    public async Task A_question_that_takes_nothing_as_given_gets_no_such_note()
    {
        var answer = await _corpus.AskAsync("Is the Zembla Olympic Committee back as a full member of the Games Council?");

        Assert.True(answer.Known, answer.Text);
        Assert.DoesNotContain("On whether", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("cas-upholds-zembla-suspension-2024-02.md", Articles.Markdown("CAS upholds the suspension of the Zembla Olympic Committee", "2024-02-23",
                """
                The Court of Arbitration for Sport (CAS) has dismissed the Zembla Olympic Committee's appeal against its suspension by the Games Council, confirming that the suspension stays in place. The CAS announced its decision on 23 February 2024.

                The committee lodged its appeal with CAS in November 2023.
                """));
            folder.Write("games-council-zembla-status-2024-03.md", Articles.Markdown("Games Council keeps Zembla out of its assembly", "2024-03-12",
                """
                The Zembla Olympic Committee cannot act as a full member of the Games Council and receives no funding from it while its suspension lasts, the council said on 12 March 2024, after the committee's case at CAS in February.

                Its athletes may still enter the Lakeside Games as neutrals.
                """, source: "Harbour Daily"));
        }
    }
}
