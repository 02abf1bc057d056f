using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Storage;

namespace SportsBot.Infrastructure.Vectors;

/// <summary>
/// Exact nearest-neighbour search over a <see cref="VectorFile"/> (int8 by default) kept in step with the store:
/// new chunks are appended from the store, removed ones are flagged from the store's removal log (written by a
/// trigger in the same transaction as the delete), and a file made by another model, another precision, or that
/// disagrees with the store's count is rebuilt from the store. A restart opens the file as it is: nothing is read
/// into the managed heap. The scan is split across the cores for large stores. Past eight times
/// <see cref="SearchOptions.VectorCandidates"/> rows, a pass over one-bit codes of the rows (<see cref="SignCodes"/>)
/// picks that many candidates and only they are scored; below that, reading every row costs no more than the codes.
/// </summary>
public sealed class MappedVectorIndex(SqliteDatabase db, IEmbedder embedder, IOptions<SearchOptions> options, ILogger<MappedVectorIndex> logger) : IVectorIndex, IDisposable
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    // Codes are an eighth of the int8 rows: below eight times the candidates, scoring every row reads no more.
    private const int TwoStageFactor = 8;

    private readonly int _candidates = options.Value.VectorCandidates;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly SemaphoreSlim _sync = new(1, 1);
    private readonly VectorFileSync _syncer = new(db, db.Path + ".vectors", options.Value.VectorPrecision, embedder.Dimensions, logger);
    private VectorFile? _file;
    private SignCodes? _codes;
    private volatile bool _current;
    private long _stamp;

    /// <summary>The file next to the database.</summary>
    public string FilePath { get; } = db.Path + ".vectors";

    public int Count => UnderReadLock(() => (int)(_file?.Live ?? 0));

    /// <summary>Bytes the file's rows and header take on disk.</summary>
    public long FileBytes => UnderReadLock(() => _file?.UsedBytes ?? 0);

    /// <summary>Bytes the one-bit codes of a large store take in memory; 0 while every row is scored.</summary>
    public long CodeBytes => UnderReadLock(() => _codes?.Bytes ?? 0);

    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        // SQLite bumps data_version when another connection commits; this process's own commits do not.
        var stamp = db.Use(c => c.ExecuteScalar<long>("PRAGMA data_version"));
        if (_current && stamp == Interlocked.Read(ref _stamp))
        {
            return;
        }

        await SyncAsync(checkCount: true, cancellationToken);
    }

    public Task StoreChangedAsync(CancellationToken cancellationToken) => SyncAsync(checkCount: false, cancellationToken);

    public void Invalidate() => _current = false;

    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k)
    {
        var prepared = VectorMath.Prepare(query);
        List<(long ChunkId, float Score)> best;
        _lock.EnterReadLock();
        try
        {
            if (_file is not { Rows: > 0 } file || k <= 0)
            {
                return [];
            }

            CheckDimensions(file, query.Length);
            if (_codes is { } codes)
            {
                best = [.. VectorScan.Top(file, prepared, Candidates(codes, file, query, k), k).OrderByDescending(t => t.Score)];
            }
            else
            {
                var partitions = VectorScan.Partitions(file.Rows);
                var tops = new List<(long ChunkId, float Score)>[partitions.Length];
                Parallel.For(0, partitions.Length, p => tops[p] = VectorScan.Top(file, prepared, partitions[p], k));
                best = [.. tops.SelectMany(t => t).OrderByDescending(t => t.Score).Take(k)];
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        var articles = ArticlesOf(best.Select(b => b.ChunkId));
        return [.. best.Where(b => articles.ContainsKey(b.ChunkId)).Select(b => new VectorHit(new ChunkId(b.ChunkId), articles[b.ChunkId], b.Score))];
    }

    public float[]? GetVector(ChunkId id)
    {
        _lock.EnterReadLock();
        try
        {
            if (_file is not { } file || file.FindRow(id.Value) is var row && (row < 0 || file.IsRemoved(row)))
            {
                return null;
            }

            return VectorMath.Decode(file.Precision, file.PayloadAt(row), file.ScaleAt(row), file.Dimensions);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    public IReadOnlyList<VectorHit?> NearestToEach(IReadOnlyList<float[]> queries)
    {
        var prepared = queries.Select(q => VectorMath.Prepare(q)).ToArray();
        var best = new (long ChunkId, float Score)[queries.Count];
        Array.Fill(best, (-1, float.NegativeInfinity));
        _lock.EnterReadLock();
        try
        {
            if (_file is not { Rows: > 0 } file)
            {
                return new VectorHit?[queries.Count];
            }

            foreach (var q in queries)
            {
                CheckDimensions(file, q.Length);
            }

            if (_codes is { } codes)
            {
                for (var q = 0; q < prepared.Length; q++)
                {
                    if (VectorScan.Top(file, prepared[q], Candidates(codes, file, queries[q], 1), 1) is [var nearest])
                    {
                        best[q] = nearest;
                    }
                }
            }
            else
            {
                for (var row = 0L; row < file.Rows; row++)
                {
                    if (file.IsRemoved(row))
                    {
                        continue;
                    }

                    var payload = file.PayloadAt(row);
                    var scale = file.ScaleAt(row);
                    for (var q = 0; q < prepared.Length; q++)
                    {
                        var score = VectorMath.Dot(file.Precision, prepared[q], payload, scale);
                        if (score > best[q].Score)
                        {
                            best[q] = (file.ChunkIdAt(row), score);
                        }
                    }
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        var articles = ArticlesOf(best.Where(b => b.ChunkId >= 0).Select(b => b.ChunkId));
        return [.. best.Select(b => articles.TryGetValue(b.ChunkId, out var article) ? new VectorHit(new ChunkId(b.ChunkId), article, b.Score) : (VectorHit?)null)];
    }

    public void Dispose()
    {
        _lock.EnterWriteLock();
        try
        {
            _file?.Trim();
            _file?.Dispose();
            _file = null;
            _codes = null;
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not trim the vector file {Path}", FilePath);
        }
        finally
        {
            _lock.ExitWriteLock();
        }

        _sync.Dispose();
    }

    private static void CheckDimensions(VectorFile file, int dimensions)
    {
        if (dimensions != file.Dimensions)
        {
            throw new ArgumentException($"Query has {dimensions} dimensions; the index holds {file.Dimensions}.", nameof(dimensions));
        }
    }

    /// <summary>
    /// The rows worth scoring for the best <paramref name="k"/>: the candidate budget, plus one more per removed row,
    /// so that the budget is met by live rows even when every removed row is among the nearest codes.
    /// </summary>
    private long[] Candidates(SignCodes codes, VectorFile file, ReadOnlySpan<float> query, int k) =>
        codes.Nearest(query, (int)Math.Min(file.Rows, Math.Max(_candidates, k) + (file.Rows - file.Live)));

    private T UnderReadLock<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private Dictionary<long, ArticleId> ArticlesOf(IEnumerable<long> chunkIds)
    {
        var ids = string.Join(',', chunkIds.Distinct());
        return ids.Length == 0
            ? []
            : db.Use(c => c.Query<ChunkRow>($"SELECT Id, ArticleId FROM chunks WHERE Id IN ({ids})")).ToDictionary(r => r.Id, r => new ArticleId(r.ArticleId));
    }

    private async Task SyncAsync(bool checkCount, CancellationToken cancellationToken)
    {
        await _sync.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await FileLock.AcquireAsync(FilePath + ".lock", LockTimeout, cancellationToken);
            var stamp = db.Use(c => c.ExecuteScalar<long>("PRAGMA data_version"));
            _lock.EnterWriteLock();
            try
            {
                _file = _syncer.Sync(_file, embedder.ModelName, reopen: !_current, checkCount, cancellationToken);
                _codes = _file is { } file && file.Rows > TwoStageFactor * (long)_candidates ? SignCodes.Follow(_codes, file) : null;
            }
            catch
            {
                // Half-synced: the next use starts over from the file on disk.
                _file?.Dispose();
                _file = null;
                _codes = null;
                _current = false;
                throw;
            }
            finally
            {
                _lock.ExitWriteLock();
            }

            Interlocked.Exchange(ref _stamp, stamp);
            _current = true;
        }
        finally
        {
            _sync.Release();
        }
    }
}
