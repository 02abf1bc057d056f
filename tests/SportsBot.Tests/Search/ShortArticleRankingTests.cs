using SportsBot.Core.Knowledge;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Search;

/// <summary>
/// A one-paragraph brief among long articles on the same words ("federation", "ban", "Russian players"): an
/// article is as good as its best passage, so the brief that says the answer once is not outranked by length.
/// </summary>
public sealed class ShortArticleRankingTests : IClassFixture<ShortArticleRankingTests.Corpus>
{
    private readonly Corpus _corpus;

    public ShortArticleRankingTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task A_one_sentence_article_a_moderator_added_is_cited_first_for_its_question()
    {
        var answer = await _corpus.AskAsync("What did the Lakeside Games federation ban?");

        Assert.True(answer.Known);
        Assert.Equal("Lakeside Games ban purple uniforms", answer.Citations[0].Title);
        Assert.Contains("purple uniforms", answer.Text);
    }

    [Fact]
    public async Task A_short_dated_brief_leads_over_long_articles_that_match_on_many_passages()
    {
        var answer = await _corpus.AskAsync("Can Russian players enter the Ostrava Open?");

        Assert.True(answer.Known);
        Assert.Equal("zembla", answer.Citations[0].ArticleId);
        Assert.StartsWith("As of 3 June 2024,", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        private static readonly string[] LongArticles =
        [
            "itf-suspends-russia-belarus-2022-03.md",
            "wimbledon-declines-russian-belarusian-entries-2022-04.md",
            "world-athletics-excludes-russia-belarus-2022-03.md",
            "iihf-suspends-russia-belarus-2022-02.md",
        ];

        protected override void Write(TempFolder folder)
        {
            foreach (var name in LongArticles)
            {
                folder.Write(name, File.ReadAllText(Path.Combine(BundledKnowledgeFixture.KnowledgeDirectory, name)));
            }

            folder.Write("zembla.md", Articles.Markdown("Ostrava Open decision", "2024-06-03",
                "The Zembla tennis association said on Monday that Russian players may enter the Ostrava Open as neutrals."));
        }

        // Added the way a moderator's /kb add with a title and one sentence adds it: after the folder was indexed.
        protected override async Task AfterIndexingAsync(TestHost host)
        {
            var parser = host.Get<ArticleParser>();
            var text = "Lakeside Games ban purple uniforms\n\nThe Lakeside Games federation has banned purple uniforms from all of its events, citing a dispute with a sponsor.";
            await host.Get<IngestPipeline>().IngestAsync(
                new IngestRequest(parser.Parse("lakeside.txt", System.Text.Encoding.UTF8.GetBytes(text)), "moderator", "chat:lakeside"),
                CancellationToken.None);
        }
    }
}
