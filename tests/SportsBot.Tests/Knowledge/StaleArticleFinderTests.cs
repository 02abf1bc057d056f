using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Knowledge;

[Collection(BundledKnowledgeCollection.Name)]
public sealed class StaleArticleFinderTests(BundledKnowledgeFixture fixture)
{
    [Fact]
    public async Task An_old_article_that_an_answer_just_cited_is_listed_as_stale()
    {
        var answer = (await fixture.Host.Get<AnswerService>().AskAsync("Why did the IOC suspend the ROC?", CancellationToken.None)).Answer;
        var cited = answer.Citations[0];
        var age = DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - cited.Published!.Value.DayNumber;

        var stale = await fixture.Host.Get<StaleArticleFinder>().FindAsync(olderThanDays: age - 1, CancellationToken.None);
        var notYet = await fixture.Host.Get<StaleArticleFinder>().FindAsync(olderThanDays: age + 1, CancellationToken.None);

        var entry = Assert.Single(stale, s => s.Article.Id.Value == cited.ArticleId);
        Assert.True(entry.Citations.TimesCited >= 1);
        Assert.DoesNotContain(notYet, s => s.Article.Id.Value == cited.ArticleId);
    }

    [Fact]
    public async Task An_article_no_answer_has_cited_is_never_stale()
    {
        // Other tests of this collection ask questions too, so which articles are cited depends on what ran before:
        // the article is one the log has no citation of at this moment.
        var cited = (await fixture.Host.Get<ICitationLog>().ListAsync(CancellationToken.None)).Select(c => c.ArticleId).ToHashSet();
        var articles = await fixture.Host.Get<IKnowledgeStore>().ListAsync(0, 1000, CancellationToken.None);
        var uncited = articles.First(a => a.Published is not null && !cited.Contains(a.Id));

        var stale = await fixture.Host.Get<StaleArticleFinder>().FindAsync(olderThanDays: 0, CancellationToken.None);

        Assert.DoesNotContain(stale, s => s.Article.Id == uncited.Id);
    }
}
