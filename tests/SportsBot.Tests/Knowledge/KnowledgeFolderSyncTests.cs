using System.Text;
using SportsBot.Core.Knowledge;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Knowledge;

public sealed class KnowledgeFolderSyncTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartAsync(knowledgeDirectory: null);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private Task<FolderSyncReport> SyncAsync() => _host.Get<KnowledgeFolderSync>().SyncAsync(_folder.Path, null, CancellationToken.None);

    private Task<Article?> GetAsync(string id) => _host.Get<IKnowledgeStore>().GetAsync(new ArticleId(id), CancellationToken.None);

    [Fact]
    public async Task New_files_are_added_and_an_unchanged_folder_syncs_without_work()
    {
        _folder.Write("ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        _folder.Write("sub/review.md", Articles.Markdown("IIHF review", "2023-05-01", Articles.ReturnBody));

        var first = await SyncAsync();
        var second = await SyncAsync();

        Assert.Equal(2, first.Added);
        Assert.Equal(new FolderSyncReport(0, 0, 0, 2, []).ToString(), second.ToString());
        Assert.NotNull(await GetAsync("review"));
    }

    [Fact]
    public async Task An_edited_file_updates_its_article_in_place()
    {
        var path = _folder.Write("ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        await SyncAsync();

        File.WriteAllText(path, Articles.Markdown("IIHF suspends Russia and Belarus (updated)", "2022-03-01", Articles.BanBody + "\n\nThe federation will review the decision next year."));
        var report = await SyncAsync();

        Assert.Equal(1, report.Updated);
        var article = await GetAsync("ban");
        Assert.Equal("IIHF suspends Russia and Belarus (updated)", article!.Title);
        Assert.Contains("review the decision next year", article.Body);
        Assert.Equal(1, await _host.Get<IKnowledgeStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_file_whose_bytes_change_but_not_its_text_is_not_embedded_again()
    {
        var path = _folder.Write("ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        await SyncAsync();
        var store = _host.Get<IKnowledgeStore>();
        var model = _host.Get<IEmbedder>().ModelName;
        var chunksBefore = (await store.LoadVectorsAsync(model, CancellationToken.None)).Select(v => v.ChunkId).ToList();

        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n") + "\r\n\r\n");
        var edited = await SyncAsync();
        var again = await SyncAsync();

        Assert.Equal(1, edited.Unchanged);
        Assert.Equal(0, edited.Updated);
        Assert.Equal(chunksBefore, (await store.LoadVectorsAsync(model, CancellationToken.None)).Select(v => v.ChunkId));
        Assert.Equal(new FolderSyncReport(0, 0, 0, 1, []).ToString(), again.ToString());
    }

    [Fact]
    public async Task A_deleted_file_removes_its_article_but_never_one_added_by_a_moderator()
    {
        var path = _folder.Write("ban.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        await SyncAsync();
        var parser = _host.Get<ArticleParser>();
        var moderators = await _host.Get<IngestPipeline>().IngestAsync(
            new IngestRequest(parser.Parse("review.md", Encoding.UTF8.GetBytes(Articles.Markdown("IIHF review", "2023-05-01", Articles.ReturnBody))), "moderator", "chat:telegram"),
            CancellationToken.None);

        File.Delete(path);
        var report = await SyncAsync();

        Assert.Equal(1, report.Removed);
        Assert.Null(await GetAsync("ban"));
        Assert.NotNull(await GetAsync(moderators.Article.Id.Value));
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_skipped_while_the_good_ones_are_indexed()
    {
        _folder.Write("good.md", Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody));
        _folder.Write("bad-date.md", Articles.Markdown("Broken", "sometime in 2022", Articles.ReturnBody));
        File.WriteAllBytes(_folder.File("image.md"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]);
        _folder.Write("notes.pdf", "%PDF-1.4 not an article");

        var report = await SyncAsync();

        Assert.Equal(1, report.Added);
        Assert.Equal(2, report.Failures.Count);
        Assert.Contains(report.Failures, f => f.Contains("bad-date.md") && f.Contains("YYYY-MM-DD"));
        Assert.Contains(report.Failures, f => f.Contains("image.md") && f.Contains("binary"));
    }
}
