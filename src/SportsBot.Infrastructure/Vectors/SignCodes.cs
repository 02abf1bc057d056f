using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SportsBot.Core.Search;

namespace SportsBot.Infrastructure.Vectors;

/// <summary>
/// One bit per dimension of each row of a <see cref="VectorFile"/> (is the value above zero), held in memory: 48 bytes
/// a row for 384 dimensions, an eighth of the int8 rows. The number of bits two codes differ in follows the angle
/// between their vectors, so one pass over the codes finds the few thousand rows worth scoring exactly, and the
/// rest of the file is not read. Derived from the file alone and rebuilt in each process, so it can never be stale
/// on disk; removed rows keep their codes and are skipped when scored.
/// Not thread-safe for writes; <see cref="MappedVectorIndex"/> takes them under its write lock.
/// </summary>
internal sealed class SignCodes
{
    private readonly int _words;
    private ulong[] _codes;

    private SignCodes(long generation, int dimensions)
    {
        Generation = generation;
        Dimensions = dimensions;
        _words = (dimensions + 63) / 64;
        _codes = [];
    }

    /// <summary>The <see cref="VectorFile.Generation"/> these codes were read from.</summary>
    public long Generation { get; }

    public int Dimensions { get; }

    public long Rows { get; private set; }

    public long Bytes => _codes.LongLength * sizeof(ulong);

    /// <summary>Codes for every row of <paramref name="file"/>: <paramref name="codes"/> extended by the rows appended since, or read afresh from a rebuilt file.</summary>
    public static SignCodes Follow(SignCodes? codes, VectorFile file)
    {
        if (codes is null || codes.Generation != file.Generation || codes.Rows > file.Rows || codes.Dimensions != file.Dimensions)
        {
            codes = new SignCodes(file.Generation, file.Dimensions);
        }

        codes.Read(file);
        return codes;
    }

    /// <summary>
    /// The <paramref name="count"/> rows whose codes differ least from the query's, in row order. Rows tied at the
    /// cut-off distance are taken newest first, as far as the count allows.
    /// </summary>
    public long[] Nearest(ReadOnlySpan<float> query, int count)
    {
        if (count >= Rows)
        {
            return [.. Enumerable.Range(0, (int)Rows).Select(r => (long)r)];
        }

        var code = new ulong[_words];
        for (var d = 0; d < query.Length; d++)
        {
            if (query[d] > 0)
            {
                code[d >> 6] |= 1UL << (d & 63);
            }
        }

        var rows = (int)Rows;
        var distances = ArrayPool<ushort>.Shared.Rent(rows);
        try
        {
            var histogram = Distances(code, distances, rows);
            var (cutoff, atCutoff) = Cutoff(histogram, count);
            var nearest = new long[count];
            var taken = 0;
            for (var row = rows - 1; row >= 0; row--)
            {
                var distance = distances[row];
                if (distance < cutoff || (distance == cutoff && atCutoff-- > 0))
                {
                    nearest[taken++] = row;
                }
            }

            Array.Reverse(nearest, 0, taken);
            return taken == count ? nearest : nearest[..taken];
        }
        finally
        {
            ArrayPool<ushort>.Shared.Return(distances);
        }
    }

    /// <summary>Fills <paramref name="distances"/> and counts rows per distance, the work split across the cores.</summary>
    private int[] Distances(ulong[] query, ushort[] distances, int rows)
    {
        var partitions = VectorScan.Partitions(rows);
        var histograms = new int[partitions.Length][];
        Parallel.For(0, partitions.Length, p =>
        {
            var histogram = new int[Dimensions + 1];
            var codes = _codes.AsSpan();
            var (from, to) = partitions[p];
            for (var row = (int)from; row < to; row++)
            {
                var distance = 0;
                var rowCode = codes.Slice(row * _words, _words);
                for (var w = 0; w < _words; w++)
                {
                    distance += BitOperations.PopCount(rowCode[w] ^ query[w]);
                }

                distances[row] = (ushort)distance;
                histogram[distance]++;
            }

            histograms[p] = histogram;
        });

        var total = new int[Dimensions + 1];
        foreach (var histogram in histograms)
        {
            for (var d = 0; d < total.Length; d++)
            {
                total[d] += histogram[d];
            }
        }

        return total;
    }

    /// <summary>The distance at which the nearest <paramref name="count"/> rows end, and how many rows at that distance they include.</summary>
    private static (int Cutoff, int AtCutoff) Cutoff(int[] histogram, int count)
    {
        var below = 0;
        for (var d = 0; d < histogram.Length; d++)
        {
            if (below + histogram[d] >= count)
            {
                return (d, count - below);
            }

            below += histogram[d];
        }

        return (histogram.Length, 0);
    }

    private void Read(VectorFile file)
    {
        if (file.Rows == Rows)
        {
            return;
        }

        var needed = checked((int)(file.Rows * _words));
        if (needed > _codes.Length)
        {
            // Grown ahead, so appending one article at a time does not copy the whole array each time.
            Array.Resize(ref _codes, Math.Max(needed, _codes.Length + (_codes.Length / 4)));
        }

        for (var row = Rows; row < file.Rows; row++)
        {
            Encode(file.Precision, file.PayloadAt(row), _codes.AsSpan((int)(row * _words), _words));
        }

        Rows = file.Rows;
    }

    private void Encode(VectorPrecision precision, ReadOnlySpan<byte> payload, Span<ulong> code)
    {
        code.Clear();
        var d = 0;
        if (precision == VectorPrecision.Int8 && Vector256.IsHardwareAccelerated)
        {
            var values = MemoryMarshal.Cast<byte, sbyte>(payload);
            for (; d + 32 <= Dimensions; d += 32)
            {
                var bits = Vector256.GreaterThan(Vector256.Create(values.Slice(d, 32)), Vector256<sbyte>.Zero).ExtractMostSignificantBits();
                code[d >> 6] |= (ulong)bits << (d & 63);
            }
        }

        var floats = precision == VectorPrecision.Float32 ? MemoryMarshal.Cast<byte, float>(payload) : [];
        for (; d < Dimensions; d++)
        {
            var positive = precision == VectorPrecision.Int8 ? (sbyte)payload[d] > 0 : floats[d] > 0;
            if (positive)
            {
                code[d >> 6] |= 1UL << (d & 63);
            }
        }
    }
}
