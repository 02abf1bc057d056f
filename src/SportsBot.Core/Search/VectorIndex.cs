using System.Numerics.Tensors;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>
/// Exact nearest-neighbour search over unit vectors held in one contiguous buffer. A linear SIMD scan is
/// exact and, at the scale of a news knowledge base (tens of thousands of chunks), faster than keeping an
/// approximate graph in sync with every add and remove.
/// </summary>
public sealed class VectorIndex
{
    private readonly Lock _gate = new();

    // Fusion looks up the vector of every candidate chunk; a scan per lookup cost O(chunks) on the question path.
    private readonly Dictionary<ChunkId, int> _rowOf = [];
    private float[] _data = [];
    private ChunkId[] _ids = [];
    private ArticleId[] _articles = [];
    private bool[] _removed = [];
    private int _count;
    private int _removedCount;
    private int _dimensions;
    private ChunkId _maxChunkId;

    /// <summary>The highest chunk id added so far; the store gives newer chunks higher ids.</summary>
    public ChunkId MaxChunkId
    {
        get
        {
            lock (_gate)
            {
                return _maxChunkId;
            }
        }
    }

    /// <summary>Live vectors (removed ones excluded).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count - _removedCount;
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _count = 0;
            _removedCount = 0;
            _maxChunkId = default;
            _dimensions = 0;
            _data = [];
            _ids = [];
            _rowOf.Clear();
            _articles = [];
            _removed = [];
        }
    }

    public void Add(ChunkId id, ArticleId article, ReadOnlySpan<float> vector)
    {
        lock (_gate)
        {
            if (_dimensions == 0)
            {
                _dimensions = vector.Length;
            }
            else if (vector.Length != _dimensions)
            {
                throw new ArgumentException($"Vector has {vector.Length} dimensions; the index holds {_dimensions}.", nameof(vector));
            }

            EnsureCapacity(_count + 1);
            vector.CopyTo(_data.AsSpan(_count * _dimensions, _dimensions));
            _ids[_count] = id;
            _rowOf[id] = _count;
            _articles[_count] = article;
            _removed[_count] = false;
            _count++;
            if (id.Value > _maxChunkId.Value)
            {
                _maxChunkId = id;
            }
        }
    }

    public void RemoveArticle(ArticleId article)
    {
        lock (_gate)
        {
            for (var i = 0; i < _count; i++)
            {
                if (_articles[i] == article && !_removed[i])
                {
                    _removed[i] = true;
                    _rowOf.Remove(_ids[i]);
                    _removedCount++;
                }
            }
        }
    }

    /// <summary>The stored vector of a chunk, or null if the index does not hold it.</summary>
    public float[]? GetVector(ChunkId id)
    {
        lock (_gate)
        {
            return _rowOf.TryGetValue(id, out var row) ? _data.AsSpan(row * _dimensions, _dimensions).ToArray() : null;
        }
    }

    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k)
    {
        lock (_gate)
        {
            if (_count == 0 || k <= 0)
            {
                return [];
            }

            if (query.Length != _dimensions)
            {
                throw new ArgumentException($"Query has {query.Length} dimensions; the index holds {_dimensions}.", nameof(query));
            }

            // Min-heap of the best k so far: the root is the weakest of them, evicted first.
            var best = new PriorityQueue<int, float>(k + 1);
            for (var row = 0; row < _count; row++)
            {
                if (_removed[row])
                {
                    continue;
                }

                var score = TensorPrimitives.Dot(query, _data.AsSpan(row * _dimensions, _dimensions));
                if (best.Count < k)
                {
                    best.Enqueue(row, score);
                }
                else if (best.TryPeek(out _, out var weakest) && score > weakest)
                {
                    best.DequeueEnqueue(row, score);
                }
            }

            var hits = new VectorHit[best.Count];
            for (var i = hits.Length - 1; i >= 0; i--)
            {
                best.TryDequeue(out var row, out var score);
                hits[i] = new VectorHit(_ids[row], _articles[row], score);
            }

            return hits;
        }
    }

    /// <summary>
    /// The nearest stored vector to each query, in one pass over the index: checking a new article's passages
    /// one search at a time would read every stored vector once per passage.
    /// </summary>
    public IReadOnlyList<VectorHit?> NearestToEach(IReadOnlyList<float[]> queries)
    {
        lock (_gate)
        {
            var best = new VectorHit?[queries.Count];
            if (_count == 0)
            {
                return best;
            }

            for (var row = 0; row < _count; row++)
            {
                if (_removed[row])
                {
                    continue;
                }

                var stored = _data.AsSpan(row * _dimensions, _dimensions);
                for (var q = 0; q < queries.Count; q++)
                {
                    var score = TensorPrimitives.Dot(queries[q], stored);
                    if (best[q] is not { } current || score > current.Similarity)
                    {
                        best[q] = new VectorHit(_ids[row], _articles[row], score);
                    }
                }
            }

            return best;
        }
    }

    private void EnsureCapacity(int rows)
    {
        if (rows <= _ids.Length)
        {
            return;
        }

        var capacity = Math.Max(rows, Math.Max(64, _ids.Length * 2));
        Array.Resize(ref _data, capacity * _dimensions);
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _articles, capacity);
        Array.Resize(ref _removed, capacity);
    }
}
