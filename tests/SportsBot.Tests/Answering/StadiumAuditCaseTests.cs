using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A sports minister who resigned over an audit of stadium repairs, and his successor: questions a first reader got
/// wrong on stories like these.
/// </summary>
public sealed class StadiumAuditCaseTests : IClassFixture<StadiumAuditCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public StadiumAuditCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_sum_in_crowns_is_money()
    {
        var answer = await _corpus.AskAsync("How much money was missing from the stadium repairs?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("3.2 million crowns", answer.Text);
    }

    [Fact]
    public async Task How_long_he_had_been_minister_is_not_how_long_a_prison_sentence_is()
    {
        var answer = await _corpus.AskAsync("How long is Drumond's prison sentence?");

        Assert.False(answer.Known, answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("drumond-resigns.md", Articles.Markdown("Sports minister Pavel Drumond resigns over stadium audit", "2024-11-08",
                """
                Quessia's sports minister Pavel Drumond resigned on Thursday, two days after the national audit office said 3.2 million crowns spent on stadium repairs could not be accounted for.
                Drumond, who had been minister for five years, denied any wrongdoing. "I am leaving so the investigation can proceed," he said.
                """));
            folder.Write("marten-named.md", Articles.Markdown("Former rower Ilse Marten named sports minister", "2025-02-03",
                """
                Ilse Marten, a two-time world champion in the single sculls, was sworn in as Quessia's sports minister on Monday. She replaces Pavel Drumond, who resigned in November after an audit of stadium contracts.
                Prosecutors last month charged two former ministry officials with fraud over the stadium repairs. Drumond is not among those charged.
                """));
        }
    }
}
