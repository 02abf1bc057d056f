using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SportsBot.Core.Search;

namespace SportsBot.Infrastructure.Vectors;

/// <summary>
/// Quantisation and dot products of the vector file's rows. An int8 row is its vector divided by
/// <c>max|v| / 127</c>; a query is held as int16 (its own scale), so the dot product is exact integer arithmetic
/// over the stored bytes and only the rows' rounding is lost.
/// </summary>
internal static class VectorMath
{
    public static int PayloadBytes(VectorPrecision precision, int dimensions) =>
        precision == VectorPrecision.Int8 ? dimensions : dimensions * sizeof(float);

    /// <summary>Writes <paramref name="vector"/> as a row payload and returns the scale that turns it back into floats.</summary>
    public static float Encode(VectorPrecision precision, ReadOnlySpan<float> vector, Span<byte> payload)
    {
        if (precision == VectorPrecision.Float32)
        {
            MemoryMarshal.AsBytes(vector).CopyTo(payload);
            return 1f;
        }

        var max = MathF.Abs(TensorPrimitives.MaxMagnitude(vector));
        var scale = max > 0 ? max / 127f : 1f;
        var bytes = MemoryMarshal.Cast<byte, sbyte>(payload);
        for (var i = 0; i < vector.Length; i++)
        {
            bytes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return scale;
    }

    public static float[] Decode(VectorPrecision precision, ReadOnlySpan<byte> payload, float scale, int dimensions)
    {
        if (precision == VectorPrecision.Float32)
        {
            return MemoryMarshal.Cast<byte, float>(payload[..(dimensions * sizeof(float))]).ToArray();
        }

        var v = new float[dimensions];
        var bytes = MemoryMarshal.Cast<byte, sbyte>(payload);
        for (var i = 0; i < dimensions; i++)
        {
            v[i] = bytes[i] * scale;
        }

        return v;
    }

    /// <summary>A query prepared once for a scan: int16 values and their scale for int8 rows, the floats as they are otherwise.</summary>
    public static Query Prepare(ReadOnlySpan<float> vector)
    {
        var max = MathF.Abs(TensorPrimitives.MaxMagnitude(vector));
        var scale = max > 0 ? max / short.MaxValue : 1f;
        var shorts = new short[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            shorts[i] = (short)Math.Clamp(MathF.Round(vector[i] / scale), -short.MaxValue, short.MaxValue);
        }

        return new Query(vector.ToArray(), shorts, scale);
    }

    public static float Dot(VectorPrecision precision, Query query, ReadOnlySpan<byte> payload, float rowScale) =>
        precision == VectorPrecision.Float32
            ? TensorPrimitives.Dot(query.Floats, MemoryMarshal.Cast<byte, float>(payload[..(query.Floats.Length * sizeof(float))]))
            : DotInt8(query.Shorts, MemoryMarshal.Cast<byte, sbyte>(payload[..query.Shorts.Length])) * query.Scale * rowScale;

    /// <summary>Σ q[i]·d[i] in int32: 384 products of at most 32767·127 stay far below its range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DotInt8(ReadOnlySpan<short> q, ReadOnlySpan<sbyte> d)
    {
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && d.Length >= 16)
        {
            ref var qRef = ref MemoryMarshal.GetReference(q);
            ref var dRef = ref MemoryMarshal.GetReference(d);
            var acc = Vector256<int>.Zero;
            for (; i <= d.Length - 16; i += 16)
            {
                var widened = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref dRef, (nuint)i));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(widened, Vector256.LoadUnsafe(ref qRef, (nuint)i)));
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < d.Length; i++)
        {
            sum += q[i] * d[i];
        }

        return sum;
    }

    public sealed record Query(float[] Floats, short[] Shorts, float Scale);
}
