using Microsoft.Extensions.Logging;
using SportsBot.Core.Knowledge;
using SQLite;

namespace SportsBot.Infrastructure.Storage;

/// <summary>
/// Brings a database written before stories in other languages were indexed and embedded with their English reading
/// up to date, once: each such story's keyword rows are written again as <see cref="KeywordText"/> makes them, its
/// chunk vectors are marked as no model's and its sentence vectors dropped, so that the embedding refresher, which
/// runs at start, embeds them again as <see cref="EnglishReadings"/> reads them. An English question then finds
/// stories added before the upgrade as it finds new ones.
/// </summary>
internal static class ForeignReadingUpgrade
{
    private const string Name = "foreign-english-readings";

    /// <summary>No embedding model's name: vectors marked so are made again by the next refresh.</summary>
    private const string StaleModel = "before-english-readings";

    public static void Apply(SqliteDatabase db, EnglishReadings readings, ILogger logger)
    {
        // Checked outside a write transaction first: a start beside another process's ingest must not wait for its lock.
        if (db.Use(Done))
        {
            return;
        }

        var rewritten = db.InWriteTransaction(c =>
        {
            if (Done(c))
            {
                return 0;
            }

            var count = 0;
            // Only the stories in other languages, and only the columns needed: the bodies and vectors of a large
            // English store are not read.
            foreach (var article in c.Query<ArticleRow>("SELECT Id, Title, Language FROM articles WHERE lower(Language) <> 'en'"))
            {
                foreach (var chunk in c.Query<ChunkRow>("SELECT Id, Text FROM chunks WHERE ArticleId = ?", article.Id))
                {
                    c.Execute("DELETE FROM chunks_fts WHERE rowid = ?", chunk.Id);
                    c.Execute("INSERT INTO chunks_fts(rowid, title, text) VALUES (?, ?, ?)", chunk.Id,
                        KeywordText.Of(readings, article.Language, article.Title),
                        KeywordText.Of(readings, article.Language, chunk.Text));
                }

                c.Execute("UPDATE chunks SET Model = ? WHERE ArticleId = ?", StaleModel, article.Id);
                c.Execute("DELETE FROM sentence_vectors WHERE ArticleId = ?", article.Id);

                count++;
            }

            c.Execute("INSERT INTO store_upgrades (Name) VALUES (?)", Name);
            return count;
        });
        if (rewritten > 0)
        {
            logger.LogInformation("Indexed {Count} stories in other languages with their English reading; their vectors are made again at start", rewritten);
        }
    }

    private static bool Done(SQLiteConnection c) =>
        c.ExecuteScalar<int>("SELECT count(*) FROM store_upgrades WHERE Name = ?", Name) > 0;
}
