using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SportsBot.Core;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Storage;
using SQLite;

namespace SportsBot.Infrastructure.Search;

/// <summary>
/// Keyword search over the store's FTS5 index (bm25; title words weigh half), with bounded work. FTS5's bm25()
/// reads the whole posting list of every word in the query, and "Russian" is in most chunks of a large store. So
/// the question's words are taken rarest first while the chunks they match fit
/// <see cref="SearchOptions.KeywordCandidateBudget"/>; those words pick and rank the candidates, and the common
/// words only re-rank the few hundred best of them, from their text. When every word fits (any store of a few
/// thousand chunks), this is exactly one bm25 query over all of them. How many chunks hold each word is counted
/// once per word and store state (<see cref="PhraseStatistics"/>).
/// </summary>
public sealed class FtsKeywordSearch(SqliteDatabase db, IOptions<SearchOptions> options) : IKeywordSearch, IDisposable
{
    /// <summary>Candidates re-ranked by the common words: enough to refill a top 40 that the common words reorder.</summary>
    private const int RerankedCandidates = 200;

    /// <summary>A common word's weight comes from its share of the newest chunks; this many are sampled.</summary>
    private const int SampledChunks = 1000;

    /// <summary>
    /// Chunks whose words are kept for re-ranking: the newest chunks holding a common word come back question after
    /// question. A chunk's id never gets other text (an edit stores new chunks), so nothing here goes stale. About
    /// 6 KB each.
    /// </summary>
    private const int WordsKept = 2000;

    private readonly PhraseStatistics _statistics = new();
    private readonly MemoryCache _words = BoundedMemoryCache.Create(TimeProvider.System, WordsKept);

    public Task<IReadOnlyList<KeywordHit>> SearchAsync(QueryAnalysis query, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var phrases = FtsPhrase.From(query.Terms.Concat(query.Aliases));
        if (phrases.Count == 0 || limit <= 0)
        {
            return Task.FromResult<IReadOnlyList<KeywordHit>>([]);
        }

        return Task.FromResult(db.Use(c => Search(c, _statistics.StampOf(c), phrases, limit, options.Value.KeywordCandidateBudget)));
    }

    private IReadOnlyList<KeywordHit> Search(SQLiteConnection c, PhraseStatistics.Stamp stamp, IReadOnlyList<FtsPhrase> phrases, int limit, int budget)
    {
        var counted = phrases
            .Select(p => (Phrase: p, Chunks: _statistics.ChunksWith(c, p, budget)))
            .Where(p => p.Chunks > 0)
            .OrderBy(p => p.Chunks)
            .ToList();
        if (counted.Count == 0)
        {
            return [];
        }

        var rare = new List<FtsPhrase>();
        var matched = 0;
        foreach (var (phrase, chunks) in counted)
        {
            if (matched + chunks > budget)
            {
                break;
            }

            rare.Add(phrase);
            matched += chunks;
        }

        if (rare.Count == counted.Count)
        {
            return [.. Ranked(c, rare, limit, withText: false).Select(ToHit)];
        }

        // Every word common: the newest chunks holding the least common one, ranked by all of them.
        var candidates = rare.Count > 0
            ? Ranked(c, rare, Math.Max(limit * 4, RerankedCandidates), withText: true)
            : Newest(c, counted[0].Phrase, RerankedCandidates);
        return Rerank(c, stamp, candidates, [.. counted.Skip(rare.Count).Select(p => p.Phrase)], limit, budget);
    }

    private static List<KeywordCandidateRow> Ranked(SQLiteConnection c, IReadOnlyList<FtsPhrase> phrases, int limit, bool withText) =>
        c.Query<KeywordCandidateRow>(
            $"""
            SELECT best.ChunkId AS ChunkId, chunks.ArticleId AS ArticleId, best.Score AS Score{(withText ? ", chunks.Text AS Text, articles.Title AS Title" : string.Empty)}
            FROM (
                SELECT rowid AS ChunkId, bm25(chunks_fts, 0.5, 1.0) AS Score
                FROM chunks_fts
                WHERE chunks_fts MATCH ?
                ORDER BY Score
                LIMIT ?) AS best
            JOIN chunks ON chunks.Id = best.ChunkId
            {(withText ? "JOIN articles ON articles.Id = chunks.ArticleId" : string.Empty)}
            ORDER BY best.Score
            """,
            FtsPhrase.AnyOf(phrases),
            limit);

    private static List<KeywordCandidateRow> Newest(SQLiteConnection c, FtsPhrase phrase, int limit) =>
        c.Query<KeywordCandidateRow>(
            """
            SELECT best.ChunkId AS ChunkId, chunks.ArticleId AS ArticleId, 0 AS Score, chunks.Text AS Text, articles.Title AS Title
            FROM (
                SELECT rowid AS ChunkId
                FROM chunks_fts
                WHERE chunks_fts MATCH ?
                ORDER BY rowid DESC
                LIMIT ?) AS best
            JOIN chunks ON chunks.Id = best.ChunkId
            JOIN articles ON articles.Id = chunks.ArticleId
            """,
            phrase.Match,
            limit);

    /// <summary>
    /// Adds each common word's bm25 share to the candidates that hold it, as FTS5 would for one occurrence in a
    /// chunk of average length (in the title, half). Its IDF comes from its share of the newest chunks: reading its
    /// whole posting list is what this search avoids.
    /// </summary>
    private IReadOnlyList<KeywordHit> Rerank(SQLiteConnection c, PhraseStatistics.Stamp stamp, List<KeywordCandidateRow> candidates, IReadOnlyList<FtsPhrase> common, int limit, int budget)
    {
        var oldest = c.ExecuteScalar<long>("SELECT ifnull(min(Id), 0) FROM chunks");
        var chunkSpan = Math.Max(1, stamp.NewestChunk - oldest + 1);
        var sampled = Math.Max(1, _statistics.NewestChunks(c, stamp, SampledChunks));
        var stems = new StemmedText();
        var weighted = common.Select(p =>
        {
            var inSample = _statistics.NewestWith(c, stamp, p, SampledChunks);
            // Past the budget by construction, so never rarer than that.
            var share = Math.Clamp(Math.Max((double)inSample / sampled, (double)budget / chunkSpan), 1e-6, 1 - 1e-6);
            return (Stems: stems.StemsOf(p.Text), Idf: Math.Max(1e-6, Math.Log((1 - share) / share)));
        }).ToList();

        return [.. candidates
            .Select(row =>
            {
                var (text, title) = WordsOf(row);
                var extra = weighted.Sum(w => stems.Contains(text, w.Stems) ? w.Idf : stems.Contains(title, w.Stems) ? w.Idf * 0.5 : 0);
                return (Row: row, Score: row.Score - extra);
            })
            .OrderBy(r => r.Score)
            .ThenByDescending(r => r.Row.ChunkId)
            .Take(limit)
            .Select(r => new KeywordHit(new ChunkId(r.Row.ChunkId), new ArticleId(r.Row.ArticleId), r.Score))];
    }

    private (List<string> Text, List<string> Title) WordsOf(KeywordCandidateRow row)
    {
        if (!_words.TryGetValue(row.ChunkId, out (List<string> Text, List<string> Title) words))
        {
            words = (StemmedText.Words(row.Text), StemmedText.Words(row.Title));
            _words.Set(row.ChunkId, words, new MemoryCacheEntryOptions { Size = 1 });
        }

        return words;
    }

    private static KeywordHit ToHit(KeywordCandidateRow row) => new(new ChunkId(row.ChunkId), new ArticleId(row.ArticleId), row.Score);

    public void Dispose() => _words.Dispose();
}
