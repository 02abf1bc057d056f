using Microsoft.Extensions.Caching.Memory;
using SportsBot.Core;
using SQLite;

namespace SportsBot.Infrastructure.Search;

/// <summary>
/// How many chunks hold a phrase, overall (up to a cap) and among the newest: facts about the store, not about the
/// question, so each is counted once and kept until a chunk is added or removed. The same common words ("Russian",
/// "athletes", "Olympic") come back in question after question, and counting them on every question was more
/// than half of keyword search's time at 10,000 articles. A stamp of the newest chunk id and the removal log's
/// last entry tells a changed store, whichever process changed it.
/// </summary>
internal sealed class PhraseStatistics
{
    /// <summary>Counts kept at most; a few hundred bytes each, so the cache stays a few MB however many words are asked.</summary>
    private const int MaxEntries = 20_000;

    private readonly MemoryCache _counts = BoundedMemoryCache.Create(TimeProvider.System, MaxEntries);
    private bool? _hasRemovalLog;
    private Stamp _last;

    /// <summary>The store as it is now; a change since the last call drops every count kept. Callers hold the connection, which serialises them.</summary>
    public Stamp StampOf(SQLiteConnection c)
    {
        // A read-only file from an older version has no removal log; nothing this program runs can remove from it.
        _hasRemovalLog ??= c.ExecuteScalar<int>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'chunk_removals'") > 0;
        var stamp = new Stamp(
            c.ExecuteScalar<long>("SELECT ifnull(max(Id), 0) FROM chunks"),
            _hasRemovalLog.Value ? c.ExecuteScalar<long>("SELECT ifnull(max(Seq), 0) FROM chunk_removals") : 0);
        if (stamp != _last)
        {
            _counts.Clear();
            _last = stamp;
        }

        return stamp;
    }

    /// <summary>Chunks holding <paramref name="phrase"/>; counting stops past <paramref name="cap"/>, so a common word costs no more than a rare one.</summary>
    public int ChunksWith(SQLiteConnection c, FtsPhrase phrase, int cap) =>
        Remembered(new Key(phrase.Text.ToLowerInvariant(), cap), () =>
            c.ExecuteScalar<int>("SELECT count(*) FROM (SELECT 1 FROM chunks_fts WHERE chunks_fts MATCH ? LIMIT ?)", phrase.Match, cap + 1));

    /// <summary>Of the <paramref name="newest"/> most recent chunk ids, how many hold <paramref name="phrase"/>.</summary>
    public int NewestWith(SQLiteConnection c, Stamp stamp, FtsPhrase phrase, int newest) =>
        Remembered(new Key(phrase.Text.ToLowerInvariant(), -newest), () =>
            c.ExecuteScalar<int>("SELECT count(*) FROM chunks_fts WHERE chunks_fts MATCH ? AND rowid > ?", phrase.Match, stamp.NewestChunk - newest));

    /// <summary>How many chunks exist among the <paramref name="newest"/> most recent ids (fewer where some were removed).</summary>
    public int NewestChunks(SQLiteConnection c, Stamp stamp, int newest) =>
        Remembered(new Key(string.Empty, -newest), () =>
            c.ExecuteScalar<int>("SELECT count(*) FROM chunks WHERE Id > ?", stamp.NewestChunk - newest));

    private int Remembered(Key key, Func<int> count)
    {
        if (_counts.TryGetValue(key, out int known))
        {
            return known;
        }

        var value = count();
        _counts.Set(key, value, new MemoryCacheEntryOptions { Size = 1 });
        return value;
    }

    /// <summary>The store's state for counting purposes: any added chunk raises the first, any removal the second.</summary>
    public readonly record struct Stamp(long NewestChunk, long LastRemoval);

    /// <summary>A count of one phrase (none: of all chunks) up to a cap, or (negative) among that many newest ids; the store state is not in it, as a new state empties the cache.</summary>
    private readonly record struct Key(string Phrase, int Limit);
}
