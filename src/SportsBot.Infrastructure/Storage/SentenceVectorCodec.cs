using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Vectors;

namespace SportsBot.Infrastructure.Storage;

/// <summary>
/// Sentence vectors are stored as int8 (a quarter of float32; an article has about three times as many sentences as
/// chunks) and found by a 64-bit hash of the sentence's text, so a lookup never compares long strings.
/// </summary>
internal static class SentenceVectorCodec
{
    public static long Hash(string sentence) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(sentence)));

    public static byte[] Encode(float[] vector)
    {
        var bytes = new byte[sizeof(float) + vector.Length];
        var scale = VectorMath.Encode(VectorPrecision.Int8, vector, bytes.AsSpan(sizeof(float)));
        BinaryPrimitives.WriteSingleLittleEndian(bytes, scale);
        return bytes;
    }

    public static float[] Decode(byte[] bytes)
    {
        var dimensions = bytes.Length - sizeof(float);
        return VectorMath.Decode(VectorPrecision.Int8, bytes.AsSpan(sizeof(float)), BinaryPrimitives.ReadSingleLittleEndian(bytes), dimensions);
    }
}
