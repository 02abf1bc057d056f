using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Search;

/// <summary>A small corpus where a 2023 article contradicts a 2022 one, indexed once for the class.</summary>
public sealed class RetrievalRankingTests : IClassFixture<RetrievalRankingTests.Corpus>
{
    private readonly Corpus _corpus;

    public RetrievalRankingTests(Corpus corpus) => _corpus = corpus;

    private Task<RetrievalResult> RetrieveAsync(string q) => _corpus.Host.Get<IRetriever>().RetrieveAsync(q, CancellationToken.None);

    [Fact]
    public async Task A_newer_article_outranks_an_older_contradicting_one_for_a_question_about_now()
    {
        var passages = (await RetrieveAsync("Can Russian hockey players take part in club events?")).Passages;

        Assert.Equal("review", passages[0].Article.Id.Value);
        var ban = Assert.Single(passages, p => p.Article.Id.Value == "ban");
        Assert.Equal("review", ban.SupersededBy?.Value);
    }

    [Fact]
    public async Task The_answer_leads_with_the_newer_source_and_dates_the_older_one_as_history()
    {
        var answer = await _corpus.AskAsync("Are Russian ice hockey players still suspended?");

        Assert.True(answer.Known);
        Assert.StartsWith("As of 1 May 2023,", answer.Text);
        Assert.Equal(new DateOnly(2023, 5, 1), answer.AsOf);
        Assert.Equal("review", answer.Citations[0].ArticleId);
        Assert.DoesNotContain("As of 28 February 2022", answer.Text);
        Assert.Contains(answer.Citations, c => c.ArticleId == "ban");
        Assert.Contains("Earlier, as of 28 February 2022:", answer.Text);
    }

    [Fact]
    public async Task An_undated_article_is_cited_without_inventing_a_date()
    {
        var answer = await _corpus.AskAsync("What did the chess federation decide about Russian players?");

        var chess = Assert.Single(answer.Citations, c => c.ArticleId == "chess");
        Assert.Null(chess.Published);
        Assert.DoesNotContain("As of", answer.Text.Split("[1]")[0]);
        Assert.Contains("undated", answer.Text);
    }

    [Fact]
    public async Task Keyword_search_treats_query_syntax_in_a_question_as_plain_words()
    {
        var result = await RetrieveAsync("hockey\" OR text:* NEAR(\"ban");

        Assert.NotEmpty(result.Passages);
    }

    [Fact]
    public async Task One_article_appears_at_most_once_in_the_results()
    {
        var passages = (await RetrieveAsync("federation suspension Russia Belarus hockey")).Passages;

        Assert.Equal(passages.Count, passages.Select(p => p.Article.Id).Distinct().Count());
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
            folder.Write("review.md", Articles.Markdown("IIHF lets Russian and Belarusian players return to club events as neutrals", "2023-05-01", Articles.ReturnBody));
            folder.Write("chess.txt", """
                Chess federation keeps Russian players under neutral flag

                The international chess federation decided that Russian players may continue to play in its tournaments under a neutral flag.

                Russian teams remain excluded from team competitions such as the Chess Olympiad, the federation said.
                """);
            folder.Write("football.md", Articles.Markdown("UEFA moves final", "2022-02-25", """
                UEFA has moved this season's Champions League final from St Petersburg to Paris after the invasion of Ukraine.

                The match will be played at the Stade de France on the original date, the European football body said.
                """));
        }
    }
}
