namespace SportsBot.Infrastructure.Vectors;

/// <summary>The exact scan of a <see cref="VectorFile"/>: the best k of a range of rows, and how to cut the rows across the cores.</summary>
internal static class VectorScan
{
    private const int RowsPerPartition = 64 * 1024;

    public static List<(long ChunkId, float Score)> Top(VectorFile file, VectorMath.Query query, (long From, long To) range, int k)
    {
        // Min-heap of the best k so far: the root is the weakest of them, evicted first.
        var heap = new PriorityQueue<long, float>(k + 1);
        for (var row = range.From; row < range.To; row++)
        {
            if (file.IsRemoved(row))
            {
                continue;
            }

            var score = VectorMath.Dot(file.Precision, query, file.PayloadAt(row), file.ScaleAt(row));
            if (heap.Count < k)
            {
                heap.Enqueue(row, score);
            }
            else if (heap.TryPeek(out _, out var weakest) && score > weakest)
            {
                heap.DequeueEnqueue(row, score);
            }
        }

        var top = new List<(long ChunkId, float Score)>(heap.Count);
        while (heap.TryDequeue(out var row, out var score))
        {
            top.Add((file.ChunkIdAt(row), score));
        }

        return top;
    }

    public static (long From, long To)[] Partitions(long rows)
    {
        var count = (int)Math.Clamp(rows / RowsPerPartition, 1, Environment.ProcessorCount);
        var size = (rows + count - 1) / count;
        return [.. Enumerable.Range(0, count).Select(p => (p * size, Math.Min(rows, (p + 1) * size)))];
    }
}
