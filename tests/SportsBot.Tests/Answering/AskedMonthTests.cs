using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A question about the past that names a month ("Back in January 2024…") is answered first from a source of that
/// month, not from a later one of the same year that has since changed the fact.
/// </summary>
public sealed class AskedMonthTests : IClassFixture<AskedMonthTests.Corpus>
{
    private readonly Corpus _corpus;

    public AskedMonthTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_question_dated_by_month_leads_with_the_source_of_that_month()
    {
        var answer = await _corpus.AskAsync("Back in January 2024, was Mira Kaltov allowed to play the Zembla Open?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("kaltov-barred-2024-01", answer.Citations[0].ArticleId);
    }

    [Fact]
    public async Task The_same_question_about_now_leads_with_the_newest_source()
    {
        var answer = await _corpus.AskAsync("Is Mira Kaltov allowed to play the Zembla Open?");

        Assert.True(answer.Known, answer.Text);
        Assert.Equal("kaltov-cleared-2024-11", answer.Citations[0].ArticleId);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("kaltov-barred-2024-01.md", Articles.Markdown("Zembla Open bars Mira Kaltov over unpaid federation fines", "2024-01-10",
                """
                The Zembla Open has barred the tennis player Mira Kaltov from its tournament in January 2024 because her federation has not paid its fines.

                Kaltov said she was not allowed to play through no fault of her own.
                """));
            folder.Write("kaltov-cleared-2024-11.md", Articles.Markdown("Mira Kaltov cleared to play the Zembla Open again", "2024-11-05",
                """
                Mira Kaltov, who was not allowed to play the Zembla Open in January 2024, is allowed to play it again after her federation paid its fines in full.

                The tournament said the bar on Kaltov was lifted on 4 November 2024.
                """));
        }
    }
}
