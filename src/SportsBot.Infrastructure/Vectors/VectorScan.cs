namespace SportsBot.Infrastructure.Vectors;

/// <summary>Exact scoring of a <see cref="VectorFile"/>'s rows: the best k of a range or a list of rows, and how to cut the rows across the cores.</summary>
internal static class VectorScan
{
    private const int RowsPerPartition = 64 * 1024;

    public static List<(long ChunkId, float Score)> Top(VectorFile file, VectorMath.Query query, (long From, long To) range, int k)
    {
        var best = new Best(k);
        for (var row = range.From; row < range.To; row++)
        {
            best.Offer(file, query, row);
        }

        return best.ToList(file);
    }

    /// <summary>The best k of the given rows only (the candidates <see cref="SignCodes"/> picked).</summary>
    public static List<(long ChunkId, float Score)> Top(VectorFile file, VectorMath.Query query, ReadOnlySpan<long> rows, int k)
    {
        var best = new Best(k);
        foreach (var row in rows)
        {
            best.Offer(file, query, row);
        }

        return best.ToList(file);
    }

    public static (long From, long To)[] Partitions(long rows)
    {
        var count = (int)Math.Clamp(rows / RowsPerPartition, 1, Environment.ProcessorCount);
        var size = (rows + count - 1) / count;
        return [.. Enumerable.Range(0, count).Select(p => (p * size, Math.Min(rows, (p + 1) * size)))];
    }

    /// <summary>A min-heap of the best k rows so far: the root is the weakest of them, evicted first.</summary>
    private readonly struct Best(int k)
    {
        private readonly PriorityQueue<long, float> _heap = new(k + 1);

        public void Offer(VectorFile file, VectorMath.Query query, long row)
        {
            if (file.IsRemoved(row))
            {
                return;
            }

            var score = VectorMath.Dot(file.Precision, query, file.PayloadAt(row), file.ScaleAt(row));
            if (_heap.Count < k)
            {
                _heap.Enqueue(row, score);
            }
            else if (_heap.TryPeek(out _, out var weakest) && score > weakest)
            {
                _heap.DequeueEnqueue(row, score);
            }
        }

        public List<(long ChunkId, float Score)> ToList(VectorFile file)
        {
            var top = new List<(long ChunkId, float Score)>(_heap.Count);
            while (_heap.TryDequeue(out var row, out var score))
            {
                top.Add((file.ChunkIdAt(row), score));
            }

            return top;
        }
    }
}
