using System.Text;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Search;

/// <summary>A running bot and a moderator's <c>sportsbot ingest</c> in another process share one database file.</summary>
public sealed class ExternalWriteTests
{
    [Fact]
    public async Task An_article_ingested_by_another_process_is_found_by_the_running_bot_and_gone_once_removed_there()
    {
        await using var bot = await TestHost.StartAsync(null);
        await bot.Get<IRetriever>().RetrieveAsync("warm up the index", CancellationToken.None);
        await using var shell = await TestHost.StartAsync(null, new Dictionary<string, string?> { ["Storage:DatabasePath"] = bot.DatabasePath });

        var draft = shell.Get<ArticleParser>().Parse("ban.md", Encoding.UTF8.GetBytes(Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody)));
        var added = await shell.Get<IngestPipeline>().IngestAsync(new IngestRequest(draft, "shell", "cli:ban.md"), CancellationToken.None);
        var afterAdd = await bot.Get<IRetriever>().RetrieveAsync("Is Russia suspended from ice hockey?", CancellationToken.None);

        await shell.Get<IngestPipeline>().RemoveAsync(added.Article.Id, CancellationToken.None);
        var afterRemove = await bot.Get<IRetriever>().RetrieveAsync("Is Russia suspended from ice hockey?", CancellationToken.None);

        Assert.Equal(added.Article.Id, afterAdd.Passages[0].Article.Id);
        Assert.True(afterAdd.Passages[0].Similarity > 0.5, "found by meaning, not only by its words");
        Assert.Empty(afterRemove.Passages);
        Assert.Equal(0, bot.Get<IVectorIndex>().Count);
    }
}
