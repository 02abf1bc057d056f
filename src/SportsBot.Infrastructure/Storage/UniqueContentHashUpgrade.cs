using Microsoft.Extensions.Logging;
using SportsBot.Core.Knowledge;
using SQLite;

namespace SportsBot.Infrastructure.Storage;

/// <summary>
/// Brings a database written by a version without unique content hashes up to date, once: concurrent ingests could
/// store one text twice there, so the oldest copy of each text is kept, links lose any credentials, and the unique
/// index that stops it happening again is created.
/// </summary>
internal static class UniqueContentHashUpgrade
{
    private const string UniqueContentHashIndex = "articles_content_hash_unique";

    public static void Apply(SqliteDatabase db, ILogger logger)
    {
        // Checked outside a write transaction first: a start beside another process's ingest must not wait for its lock.
        if (db.Use(c => IndexExists(c)))
        {
            return;
        }

        var removed = db.InWriteTransaction(c =>
        {
            if (IndexExists(c))
            {
                return [];
            }

            var copies = c.QueryScalars<string>(
                """
                SELECT a.Id FROM articles a WHERE EXISTS (
                    SELECT 1 FROM articles b WHERE b.ContentHash = a.ContentHash
                    AND (b.AddedAtUnixMs < a.AddedAtUnixMs OR (b.AddedAtUnixMs = a.AddedAtUnixMs AND b.Id < a.Id)))
                """);
            foreach (var id in copies)
            {
                SqliteKnowledgeStore.DeleteArticle(c, id);
            }

            foreach (var row in c.Query<ArticleRow>("SELECT * FROM articles WHERE Url LIKE '%@%'"))
            {
                c.Execute("UPDATE articles SET Url = ? WHERE Id = ?", LinkCredentials.Strip(row.Url!), row.Id);
            }

            c.Execute("DROP INDEX IF EXISTS articles_ContentHash");
            c.Execute($"CREATE UNIQUE INDEX {UniqueContentHashIndex} ON articles (ContentHash)");
            return copies;
        });
        if (removed.Count > 0)
        {
            logger.LogWarning("Removed {Count} duplicate articles (the same text stored twice by concurrent ingests): {ArticleIds}", removed.Count, string.Join(", ", removed));
        }
    }

    private static bool IndexExists(SQLiteConnection c) =>
        c.ExecuteScalar<int>("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?", UniqueContentHashIndex) > 0;
}
