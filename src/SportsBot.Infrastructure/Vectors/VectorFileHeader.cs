using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;
using SportsBot.Core.Search;

namespace SportsBot.Infrastructure.Vectors;

/// <summary>The first 256 bytes of a <see cref="VectorFile"/>: what it holds and how far it is in step with the store.</summary>
internal sealed record VectorFileHeader(int Dimensions, VectorPrecision Precision, long Generation, long Rows, long Live, long MaxChunkId, long RemovalSeq, string Model)
{
    public const int Bytes = 256;
    private const int MaxModelBytes = Bytes - 64;
    private static ReadOnlySpan<byte> Magic => "SBVEC001"u8;

    public static VectorFileHeader? Read(SafeFileHandle file)
    {
        var bytes = new byte[Bytes];
        if (RandomAccess.Read(file, bytes, 0) < Bytes || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
        {
            return null;
        }

        var modelLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(56));
        var precision = (VectorPrecision)BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        if (modelLength is < 0 or > MaxModelBytes || !Enum.IsDefined(precision))
        {
            return null;
        }

        return new VectorFileHeader(
            BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)),
            precision,
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(16)),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(24)),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(32)),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(40)),
            BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(48)),
            Encoding.UTF8.GetString(bytes.AsSpan(64, modelLength)));
    }

    public void Write(SafeFileHandle file)
    {
        var bytes = new byte[Bytes];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), Dimensions);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(12), (int)Precision);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(16), Generation);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(24), Rows);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(32), Live);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(40), MaxChunkId);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(48), RemovalSeq);
        var model = Encoding.UTF8.GetBytes(Model);
        if (model.Length > MaxModelBytes)
        {
            throw new InvalidOperationException($"Model name {Model} is too long for the vector file.");
        }

        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(56), model.Length);
        model.CopyTo(bytes.AsSpan(64));
        RandomAccess.Write(file, bytes, 0);
    }
}
