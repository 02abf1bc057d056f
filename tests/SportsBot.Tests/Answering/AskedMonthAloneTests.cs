using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "What did the chess union decide about Valdoria in June?" had been answered with February's suspension, from the
/// story that said the suspension would be reviewed in June: a question about the past that names a month alone is
/// answered first from a source written in that month.
/// </summary>
public sealed class AskedMonthAloneTests : IClassFixture<ValdoriaCorpus>
{
    private readonly ValdoriaCorpus _corpus;

    public AskedMonthAloneTests(ValdoriaCorpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_question_dated_by_a_month_alone_leads_with_a_source_of_that_month()
    {
        var answer = await _corpus.AskAsync("What did the chess union decide about Valdoria in June?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("valdoria-2024-06-readmitted", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task A_question_dated_by_another_month_leads_with_its_source()
    {
        var answer = await _corpus.AskAsync("What did the chess union decide about Valdoria in February?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("valdoria-2024-02-suspended", answer.Citations[0].ArticleId);
    }
}
