using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Storage;

/// <summary>Per-article citation counts in the knowledge base's SQLite file.</summary>
public sealed class SqliteCitationLog : ICitationLog
{
    private readonly SqliteDatabase _db;

    public SqliteCitationLog(SqliteDatabase db)
    {
        _db = db;
        _db.EnsureSchema(c => c.Execute("CREATE TABLE IF NOT EXISTS citation_stats (ArticleId TEXT PRIMARY KEY, TimesCited INTEGER NOT NULL, LastCitedAtUnixMs INTEGER NOT NULL)"));
    }

    public Task RecordAsync(IReadOnlyCollection<ArticleId> articles, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Bookkeeping for /kb stale: a read-only knowledge base (already announced once at start) simply keeps none.
        if (_db.IsReadOnly)
        {
            return Task.CompletedTask;
        }

        _db.InTransaction(c =>
        {
            foreach (var id in articles.Distinct())
            {
                c.Execute(
                    "INSERT INTO citation_stats (ArticleId, TimesCited, LastCitedAtUnixMs) VALUES (?, 1, ?) ON CONFLICT (ArticleId) DO UPDATE SET TimesCited = TimesCited + 1, LastCitedAtUnixMs = excluded.LastCitedAtUnixMs",
                    id.Value,
                    at.ToUnixTimeMilliseconds());
            }

            return 0;
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CitationStat>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CitationStat>>(_db.Use(c => c.Query<Row>("SELECT ArticleId, TimesCited, LastCitedAtUnixMs FROM citation_stats"))
            .Select(r => new CitationStat(new ArticleId(r.ArticleId), r.TimesCited, DateTimeOffset.FromUnixTimeMilliseconds(r.LastCitedAtUnixMs)))
            .ToList());

    private sealed class Row
    {
        public string ArticleId { get; set; } = string.Empty;

        public int TimesCited { get; set; }

        public long LastCitedAtUnixMs { get; set; }
    }
}
