using SportsBot.Core.Feeds;

namespace SportsBot.Infrastructure.Storage;

/// <summary>Feeds and the links already taken from each, in the knowledge base's SQLite file.</summary>
public sealed class SqliteFeedStore : IFeedStore
{
    private readonly SqliteDatabase _db;

    public SqliteFeedStore(SqliteDatabase db)
    {
        _db = db;
        _db.EnsureSchema(c =>
        {
            c.CreateTable<FeedRow>();
            c.Execute("CREATE TABLE IF NOT EXISTS feed_items (FeedId INTEGER NOT NULL, Link TEXT NOT NULL, ArticleId TEXT, SeenAtUnixMs INTEGER NOT NULL, PRIMARY KEY (FeedId, Link))");
        });
    }

    public Task<Feed> AddAsync(string url, string addedBy, DateTimeOffset addedAt, CancellationToken cancellationToken)
    {
        var row = new FeedRow { Url = url, AddedBy = addedBy, AddedAtUnixMs = addedAt.ToUnixTimeMilliseconds() };
        _db.Use(c => c.Insert(row));
        return Task.FromResult(ToFeed(row));
    }

    public Task<Feed?> GetAsync(FeedId id, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.Find<FeedRow>(id.Value)) is { } row ? ToFeed(row) : null);

    public Task<Feed?> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.Table<FeedRow>().FirstOrDefault(f => f.Url == url)) is { } row ? ToFeed(row) : null);

    public Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Feed>>(_db.Use(c => c.Table<FeedRow>().OrderBy(f => f.Id).ToList()).Select(ToFeed).ToList());

    public Task<bool> RemoveAsync(FeedId id, CancellationToken cancellationToken) =>
        Task.FromResult(_db.InTransaction(c =>
        {
            c.Execute("DELETE FROM feed_items WHERE FeedId = ?", id.Value);
            return c.Delete<FeedRow>(id.Value) > 0;
        }));

    public Task UpdateAsync(Feed feed, CancellationToken cancellationToken)
    {
        _db.Use(c => c.Update(new FeedRow
        {
            Id = feed.Id.Value,
            Url = feed.Url,
            AddedBy = feed.AddedBy,
            AddedAtUnixMs = feed.AddedAt.ToUnixTimeMilliseconds(),
            ETag = feed.ETag,
            LastModifiedUnixMs = feed.LastModified?.ToUnixTimeMilliseconds(),
            LastPolledAtUnixMs = feed.LastPolledAt?.ToUnixTimeMilliseconds(),
            LastError = feed.LastError,
            ConsecutiveFailures = feed.ConsecutiveFailures,
            ItemsAdded = feed.ItemsAdded,
        }));
        return Task.CompletedTask;
    }

    public Task<bool> IsItemSeenAsync(FeedId feed, string link, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.ExecuteScalar<int>("SELECT count(*) FROM feed_items WHERE FeedId = ? AND Link = ?", feed.Value, link)) > 0);

    public Task MarkItemSeenAsync(FeedId feed, string link, string? articleId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _db.Use(c => c.Execute(
            "INSERT INTO feed_items (FeedId, Link, ArticleId, SeenAtUnixMs) VALUES (?, ?, ?, ?) ON CONFLICT (FeedId, Link) DO UPDATE SET ArticleId = excluded.ArticleId",
            feed.Value,
            link,
            articleId,
            at.ToUnixTimeMilliseconds()));
        return Task.CompletedTask;
    }

    private static Feed ToFeed(FeedRow r) => new(
        new FeedId(r.Id),
        r.Url,
        r.AddedBy,
        DateTimeOffset.FromUnixTimeMilliseconds(r.AddedAtUnixMs),
        r.ETag,
        r.LastModifiedUnixMs is { } lm ? DateTimeOffset.FromUnixTimeMilliseconds(lm) : null,
        r.LastPolledAtUnixMs is { } lp ? DateTimeOffset.FromUnixTimeMilliseconds(lp) : null,
        r.LastError,
        r.ConsecutiveFailures,
        r.ItemsAdded);
}
