using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SQLite;

namespace SportsBot.Infrastructure.Storage;

/// <summary>Articles, chunks, the FTS5 index and vectors in SQLite (sqlite-net; its bundled SQLite has FTS5).</summary>
public sealed class SqliteKnowledgeStore : IKnowledgeStore
{

    private const string SentenceVectorsTable = "sentence_vectors";

    private readonly SqliteDatabase _db;

    /// <summary>False only on a read-only file from before sentence vectors were stored: answers embed their sentences then.</summary>
    private readonly bool _hasSentenceVectors;

    private readonly EnglishReadings _readings;

    public SqliteKnowledgeStore(SqliteDatabase db, ILogger<SqliteKnowledgeStore>? logger = null, EnglishReadings? readings = null)
    {
        _db = db;
        _readings = readings ?? new EnglishReadings(new NoSourceGlossary());
        _db.EnsureSchema(c =>
        {
            c.CreateTable<ArticleRow>();
            c.CreateTable<ChunkRow>();
            // rowid = chunks.Id. Porter stemming lets "competing" match "compete".
            c.Execute("CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2')");
            // Every removed chunk is logged in the transaction that removes it, so the vector file (derived, outside
            // the database) can replay removals made by any process, even one killed before it updated the file.
            c.Execute("CREATE TABLE IF NOT EXISTS chunk_removals (Seq INTEGER PRIMARY KEY AUTOINCREMENT, ChunkId INTEGER NOT NULL)");
            c.Execute("CREATE TRIGGER IF NOT EXISTS chunks_removed AFTER DELETE ON chunks BEGIN INSERT INTO chunk_removals (ChunkId) VALUES (old.Id); END");
            c.Execute("CREATE TABLE IF NOT EXISTS sentence_vectors (Hash INTEGER NOT NULL, Model TEXT NOT NULL, ArticleId TEXT NOT NULL, Vector BLOB NOT NULL, PRIMARY KEY (Hash, Model, ArticleId)) WITHOUT ROWID");
            c.Execute("CREATE INDEX IF NOT EXISTS sentence_vectors_article ON sentence_vectors (ArticleId, Model)");
            // One-time upgrades done to this file, by name.
            c.Execute("CREATE TABLE IF NOT EXISTS store_upgrades (Name TEXT PRIMARY KEY)");
        });
        if (!_db.IsReadOnly)
        {
            UniqueContentHashUpgrade.Apply(_db, logger ?? NullLogger<SqliteKnowledgeStore>.Instance);
            // Only with the glossaries to read by: without them (tests of storage alone) the upgrade would have nothing to write.
            if (readings is not null)
            {
                ForeignReadingUpgrade.Apply(_db, readings, logger ?? NullLogger<SqliteKnowledgeStore>.Instance);
            }
        }

        _hasSentenceVectors = _db.HasTable(SentenceVectorsTable);
    }

    public Task<Article?> GetAsync(ArticleId id, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.Find<ArticleRow>(id.Value)) is { } row ? ArticleMapper.ToArticle(row) : null);

    public Task<Article?> FindByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        Task.FromResult(FirstWhere("ContentHash = ?", contentHash));

    public Task<Article?> FindByUrlAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(FirstWhere("Url = ?", url));

    public Task<IReadOnlyList<ChunkId>> SaveAsync(Article article, IReadOnlyList<EmbeddedChunk> chunks, IReadOnlyList<EmbeddedSentence> sentences, CancellationToken cancellationToken) =>
        WriteAsync(article, chunks, sentences, replace: true, cancellationToken);

    public Task<IReadOnlyList<ChunkId>> AddAsync(Article article, IReadOnlyList<EmbeddedChunk> chunks, IReadOnlyList<EmbeddedSentence> sentences, CancellationToken cancellationToken) =>
        WriteAsync(article, chunks, sentences, replace: false, cancellationToken);

    private Task<IReadOnlyList<ChunkId>> WriteAsync(Article article, IReadOnlyList<EmbeddedChunk> chunks, IReadOnlyList<EmbeddedSentence> sentences, bool replace, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<ChunkId> ids = _db.InWriteTransaction(c =>
        {
            // Inside the write transaction nobody else can write, so these checks hold until the commit; the unique
            // index on ContentHash and the primary key on Id back the first and the last up.
            if (FirstWhere(c, "ContentHash = ? AND Id <> ?", article.ContentHash, article.Id.Value) is { } sameText)
            {
                throw new ArticleConflictException(sameText, ArticleConflict.SameText);
            }

            // A new article whose link is already stored: another process fetched the same page a moment earlier.
            if (!replace && article.Url is { } url && FirstWhere(c, "Url = ? AND Id <> ?", url, article.Id.Value) is { } sameLink)
            {
                throw new ArticleConflictException(sameLink, ArticleConflict.SameLink);
            }

            if (!replace && c.Find<ArticleRow>(article.Id.Value) is { } sameId)
            {
                throw new ArticleConflictException(ArticleMapper.ToArticle(sameId), ArticleConflict.SameId);
            }

            DeleteArticle(c, article.Id.Value);
            c.Insert(ArticleMapper.ToRow(article));
            var ids = new List<ChunkId>(chunks.Count);
            foreach (var chunk in chunks)
            {
                var row = new ChunkRow
                {
                    ArticleId = article.Id.Value,
                    Ordinal = chunk.Chunk.Ordinal,
                    Text = chunk.Chunk.Text,
                    Vector = MemoryMarshal.AsBytes(chunk.Vector.AsSpan()).ToArray(),
                    Model = chunk.Model,
                };
                c.Insert(row);
                c.Execute("INSERT INTO chunks_fts(rowid, title, text) VALUES (?, ?, ?)", row.Id, KeywordText.Of(_readings, article.Language, article.Title), KeywordText.Of(_readings, article.Language, row.Text));
                ids.Add(new ChunkId(row.Id));
            }

            InsertSentences(c, article.Id.Value, sentences);
            return ids;
        });
        return Task.FromResult(ids);
    }

    public Task<bool> RemoveAsync(ArticleId id, CancellationToken cancellationToken) =>
        Task.FromResult(_db.InWriteTransaction(c => DeleteArticle(c, id.Value)));

    public Task SetOriginHashAsync(ArticleId id, string? originHash, CancellationToken cancellationToken)
    {
        _db.Use(c => c.Execute("UPDATE articles SET OriginHash = ? WHERE Id = ?", originHash, id.Value));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Article>> ListAsync(int skip, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>(_db.Use(c => c.Query<ArticleRow>(
                "SELECT * FROM articles ORDER BY Published IS NULL, Published DESC, Id LIMIT ? OFFSET ?", take, skip))
            .Select(ArticleMapper.ToArticle).ToList());

    public Task<IReadOnlyList<Article>> ListByOriginPrefixAsync(string originPrefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Article>>(_db.Use(c => c.Query<ArticleRow>(
                "SELECT * FROM articles WHERE substr(Origin, 1, ?) = ?", originPrefix.Length, originPrefix))
            .Select(ArticleMapper.ToArticle).ToList());

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.ExecuteScalar<int>("SELECT count(*) FROM articles")));

    public Task<IReadOnlyList<StoredChunk>> GetChunksAsync(IReadOnlyCollection<ChunkId> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<StoredChunk>>([]);
        }

        var idList = string.Join(',', ids.Select(i => i.Value));
        return Task.FromResult(_db.Use(c => WithArticles(c, c.Query<ChunkRow>($"SELECT Id, ArticleId, Ordinal, Text FROM chunks WHERE Id IN ({idList})"))));
    }

    public Task<int> CountChunksNotEmbeddedByAsync(string model, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.ExecuteScalar<int>("SELECT count(*) FROM chunks WHERE Model <> ?", model)));

    public Task<IReadOnlyList<StoredChunk>> GetChunksNotEmbeddedByAsync(string model, int take, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => WithArticles(c, c.Query<ChunkRow>("SELECT Id, ArticleId, Ordinal, Text FROM chunks WHERE Model <> ? ORDER BY Id LIMIT ?", model, take))));

    public Task UpdateVectorsAsync(IReadOnlyList<StoredVector> vectors, string model, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _db.InWriteTransaction(c =>
        {
            foreach (var v in vectors)
            {
                c.Execute("UPDATE chunks SET Vector = ?, Model = ? WHERE Id = ?", MemoryMarshal.AsBytes(v.Vector.AsSpan()).ToArray(), model, v.ChunkId.Value);
            }

            return vectors.Count;
        });
        return Task.CompletedTask;
    }

    /// <summary>All vectors of a model at once: for eval's baseline index over a small store, never on the question path.</summary>
    public Task<IReadOnlyList<StoredVector>> LoadVectorsAsync(string model, CancellationToken cancellationToken)
    {
        var rows = _db.Use(c => c.Query<ChunkRow>("SELECT Id, ArticleId, Vector FROM chunks WHERE Model = ? ORDER BY Id", model));
        return Task.FromResult<IReadOnlyList<StoredVector>>(rows
            .Select(r => new StoredVector(new ChunkId(r.Id), new ArticleId(r.ArticleId), MemoryMarshal.Cast<byte, float>(r.Vector).ToArray()))
            .ToList());
    }

    /// <summary>Pairs chunk rows with their articles; a chunk whose article is gone (a concurrent remove) is dropped.</summary>
    private static IReadOnlyList<StoredChunk> WithArticles(SQLiteConnection c, List<ChunkRow> chunks)
    {
        if (chunks.Count == 0)
        {
            return [];
        }

        var articleIds = chunks.Select(x => x.ArticleId).Distinct().ToList();
        var articles = c.Query<ArticleRow>($"SELECT * FROM articles WHERE Id IN ({string.Join(',', articleIds.Select(_ => "?"))})", [.. articleIds])
            .ToDictionary(a => a.Id, ArticleMapper.ToArticle);
        return chunks
            .Where(x => articles.ContainsKey(x.ArticleId))
            .Select(x => new StoredChunk(new ChunkId(x.Id), new Chunk(new ArticleId(x.ArticleId), x.Ordinal, x.Text), articles[x.ArticleId]))
            .ToList();
    }

    private Article? FirstWhere(string condition, string value) => _db.Use(c => FirstWhere(c, condition, value));

    private static Article? FirstWhere(SQLiteConnection c, string condition, params object[] values) =>
        c.Query<ArticleRow>($"SELECT * FROM articles WHERE {condition} LIMIT 1", values).FirstOrDefault() is { } row
            ? ArticleMapper.ToArticle(row)
            : null;

    public Task<IReadOnlyList<StoredChunkVector>> GetChunkVectorsAsync(ArticleId id, string model, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use<IReadOnlyList<StoredChunkVector>>(c =>
        {
            var rows = c.Query<ChunkRow>("SELECT Id, ArticleId, Ordinal, Text, Vector FROM chunks WHERE ArticleId = ? AND Model = ? ORDER BY Ordinal", id.Value, model);
            var vectors = rows.ToDictionary(r => r.Id, r => MemoryMarshal.Cast<byte, float>(r.Vector).ToArray());
            return [.. WithArticles(c, rows).Select(s => new StoredChunkVector(s, vectors[s.Id.Value]))];
        }));

    public Task<IReadOnlyDictionary<string, float[]>> FindSentenceVectorsAsync(IReadOnlyCollection<string> sentences, string model, CancellationToken cancellationToken)
    {
        var byHash = sentences.Distinct(StringComparer.Ordinal).ToDictionary(SentenceVectorCodec.Hash);
        if (byHash.Count == 0 || !_hasSentenceVectors)
        {
            return Task.FromResult<IReadOnlyDictionary<string, float[]>>(new Dictionary<string, float[]>());
        }

        // One row per sentence: a line many articles repeat (an outlet's credit line, a photo caption) is stored once
        // per article, and reading every copy made a cold answer over a large store slow.
        var wanted = string.Join(',', byHash.Keys.Select(h => $"({h})"));
        var rows = _db.Use(c => c.Query<SentenceVectorRow>(
            $"WITH wanted(Hash) AS (VALUES {wanted}) SELECT Hash, (SELECT s.Vector FROM sentence_vectors s WHERE s.Hash = wanted.Hash AND s.Model = ? LIMIT 1) AS Vector FROM wanted",
            model));
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Vector is { Length: > 0 } vector)
            {
                found.TryAdd(byHash[row.Hash], SentenceVectorCodec.Decode(vector));
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, float[]>>(found);
    }

    /// <remarks>None on a file that has nowhere to keep them (read-only, from before they were stored): nothing could be saved.</remarks>
    public Task<int> CountArticlesWithoutSentenceVectorsAsync(string model, CancellationToken cancellationToken) =>
        Task.FromResult(_hasSentenceVectors ? _db.Use(c => c.ExecuteScalar<int>($"SELECT count(*) FROM articles a WHERE {WithoutSentenceVectors}", model)) : 0);

    public Task<IReadOnlyList<StoredChunk>> GetChunksOfArticlesWithoutSentenceVectorsAsync(string model, int articles, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => WithArticles(c, c.Query<ChunkRow>(
            $"SELECT Id, ArticleId, Ordinal, Text FROM chunks WHERE ArticleId IN (SELECT a.Id FROM articles a WHERE {WithoutSentenceVectors} ORDER BY a.Id LIMIT ?) ORDER BY ArticleId, Ordinal",
            model,
            articles))));

    public Task SaveSentenceVectorsAsync(ArticleId id, IReadOnlyList<EmbeddedSentence> sentences, string model, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The write lock from the start: the article checked for below cannot be removed by another process before the insert.
        _db.InWriteTransaction(c =>
        {
            // An article removed meanwhile gets none: they would outlive it.
            if (c.ExecuteScalar<int>("SELECT count(*) FROM articles WHERE Id = ?", id.Value) == 0)
            {
                return 0;
            }

            // Another model's vectors of the article are never read again.
            c.Execute("DELETE FROM sentence_vectors WHERE ArticleId = ?", id.Value);
            InsertSentences(c, id.Value, [.. sentences.Where(s => s.Model == model)]);
            return sentences.Count;
        });
        return Task.CompletedTask;
    }

    private const string WithoutSentenceVectors = "NOT EXISTS (SELECT 1 FROM sentence_vectors s WHERE s.ArticleId = a.Id AND s.Model = ?)";

    private static void InsertSentences(SQLiteConnection c, string articleId, IReadOnlyList<EmbeddedSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            c.Execute(
                "INSERT OR REPLACE INTO sentence_vectors (Hash, Model, ArticleId, Vector) VALUES (?, ?, ?, ?)",
                SentenceVectorCodec.Hash(sentence.Text),
                sentence.Model,
                articleId,
                SentenceVectorCodec.Encode(sentence.Vector));
        }
    }

    /// <summary>
    /// Databases written before content hashes were unique may hold copies of one text, which two ingests racing each
    /// other used to leave behind. The oldest copy is kept, the others removed, then the unique index is created; this
    /// runs once per database. Links stored with a user name and password lose them on the way.
    /// </summary>
    /// <summary>An article with its passages, their index entries and its sentence vectors.</summary>
    internal static bool DeleteArticle(SQLiteConnection c, string id)
    {
        c.Execute("DELETE FROM sentence_vectors WHERE ArticleId = ?", id);
        c.Execute("DELETE FROM chunks_fts WHERE rowid IN (SELECT Id FROM chunks WHERE ArticleId = ?)", id);
        c.Execute("DELETE FROM chunks WHERE ArticleId = ?", id);
        return c.Execute("DELETE FROM articles WHERE Id = ?", id) > 0;
    }
}
