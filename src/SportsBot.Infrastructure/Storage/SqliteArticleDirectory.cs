using System.Globalization;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Storage;

/// <summary>
/// Short article numbers in their own table beside the articles: AUTOINCREMENT never hands a number out twice,
/// and a row outlives its article, so a re-synced or edited article keeps its number and a removed one's is never
/// given to another. Articles are numbered in the order they were stored the first time anyone asks.
/// </summary>
public sealed class SqliteArticleDirectory : IArticleDirectory
{
    private readonly SqliteDatabase _db;
    private long _numberedUpTo;

    public SqliteArticleDirectory(SqliteDatabase db)
    {
        _db = db;
        _db.EnsureSchema(c => c.Execute("CREATE TABLE IF NOT EXISTS article_numbers (Number INTEGER PRIMARY KEY AUTOINCREMENT, ArticleId TEXT NOT NULL UNIQUE)"));
    }

    public Task<IReadOnlyDictionary<ArticleId, ArticleNumber>> NumbersAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyDictionary<ArticleId, ArticleNumber> numbers = _db.InTransaction(c =>
        {
            NumberNewArticles(c);
            var found = new Dictionary<ArticleId, ArticleNumber>();
            foreach (var id in ids)
            {
                // Numbered here too when the article was stored in a way the watermark missed (a reused rowid).
                // Not INSERT OR IGNORE: an ignored insert still uses up an AUTOINCREMENT number.
                c.Execute("INSERT INTO article_numbers (ArticleId) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM article_numbers WHERE ArticleId = ?)", id.Value, id.Value);
                found[id] = new ArticleNumber(c.ExecuteScalar<int>("SELECT Number FROM article_numbers WHERE ArticleId = ?", id.Value));
            }

            return found;
        });
        return Task.FromResult(numbers);
    }

    public Task<ArticleId?> FindAsync(ArticleNumber number, CancellationToken cancellationToken)
    {
        var id = _db.InTransaction(c =>
        {
            NumberNewArticles(c);
            return c.ExecuteScalar<string?>("SELECT ArticleId FROM article_numbers WHERE Number = ?", number.Value);
        });
        return Task.FromResult<ArticleId?>(id is null ? null : new ArticleId(id));
    }

    public Task<IReadOnlyList<ArticleTitleMatch>> FindByTitleAsync(string typed, int take, CancellationToken cancellationToken)
    {
        var words = typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        var matches = _db.InTransaction(c =>
        {
            NumberNewArticles(c);
            var conditions = string.Join(" AND ", words.Select(_ => "(a.Title LIKE ? ESCAPE '\\' OR ('#' || n.Number) = ? OR CAST(n.Number AS TEXT) = ?)"));
            var sql = "SELECT a.Id AS Id, n.Number AS Number, a.Title AS Title, a.Published AS Published FROM articles a JOIN article_numbers n ON n.ArticleId = a.Id"
                + (words.Count > 0 ? " WHERE " + conditions : string.Empty)
                + " ORDER BY a.Published IS NULL, a.Published DESC, a.AddedAtUnixMs DESC LIMIT ?";
            var args = words.SelectMany(w => new object[] { "%" + EscapeLike(w) + "%", w, w }).Append(take).ToArray();
            return c.Query<TitleRow>(sql, args);
        });
        return Task.FromResult<IReadOnlyList<ArticleTitleMatch>>(matches
            .Select(r => new ArticleTitleMatch(
                new ArticleId(r.Id),
                new ArticleNumber(r.Number),
                r.Title,
                r.Published is null ? null : DateOnly.ParseExact(r.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList());
    }

    public Task<int> CountPassagesAsync(ArticleId id, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.ExecuteScalar<int>("SELECT COUNT(*) FROM chunks WHERE ArticleId = ?", id.Value)));

    /// <summary>
    /// Numbers the articles stored since the last look (by another process too), oldest first. The articles
    /// table's rowid only grows as rows are written, so a watermark keeps this to the new rows.
    /// </summary>
    private void NumberNewArticles(SQLite.SQLiteConnection c)
    {
        c.Execute(
            "INSERT INTO article_numbers (ArticleId) SELECT Id FROM articles a WHERE rowid > ? AND NOT EXISTS (SELECT 1 FROM article_numbers n WHERE n.ArticleId = a.Id) ORDER BY rowid",
            _numberedUpTo);
        _numberedUpTo = c.ExecuteScalar<long>("SELECT COALESCE(MAX(rowid), 0) FROM articles");
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private sealed class TitleRow
    {
        public string Id { get; set; } = string.Empty;

        public int Number { get; set; }

        public string Title { get; set; } = string.Empty;

        public string? Published { get; set; }
    }
}
