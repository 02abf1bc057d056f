using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using SportsBot.Core.Search;

namespace SportsBot.Infrastructure.Vectors;

/// <summary>
/// The vectors of one embedding model in one flat file next to the database, read through a memory mapping, so
/// opening it copies nothing and the operating system's page cache is the only copy in memory.
/// Rows are fixed-size and sorted by chunk id (chunk ids only grow and rows are only appended); a removed chunk's
/// row is flagged, not moved. The header is written after the rows it counts, so a process killed mid-append
/// leaves rows the header does not count, which the next append overwrites.
/// Not thread-safe; <see cref="MappedVectorIndex"/> serialises access.
/// </summary>
internal sealed unsafe class VectorFile : IDisposable
{
    public const int HeaderBytes = VectorFileHeader.Bytes;
    private const int RowHeaderBytes = 16;
    private const long GrowthBytes = 4 << 20;

    private readonly FileStream _stream;
    private MemoryMappedFile? _map;
    private MemoryMappedViewAccessor? _view;
    private byte* _base;
    private long _mapped;

    private VectorFile(string path, FileStream stream, string model, int dimensions, VectorPrecision precision, long generation)
    {
        Path = path;
        _stream = stream;
        Model = model;
        Dimensions = dimensions;
        Precision = precision;
        Generation = generation;
        PayloadBytes = VectorMath.PayloadBytes(precision, dimensions);
        Stride = (RowHeaderBytes + PayloadBytes + 15) / 16 * 16;
    }

    public string Path { get; }

    public string Model { get; }

    public int Dimensions { get; }

    public VectorPrecision Precision { get; }

    /// <summary>Changes when the file is rebuilt, so a process holding the old one can tell.</summary>
    public long Generation { get; }

    public int PayloadBytes { get; }

    public int Stride { get; }

    public long Rows { get; private set; }

    public long Live { get; private set; }

    public long MaxChunkId { get; private set; }

    /// <summary>The last entry of the store's removal log applied to this file.</summary>
    public long RemovalSeq { get; set; }

    public long UsedBytes => HeaderBytes + (Rows * Stride);

    public static VectorFile Create(string path, string model, int dimensions, VectorPrecision precision)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        var file = new VectorFile(path, stream, model, dimensions, precision, Random.Shared.NextInt64(1, long.MaxValue));
        file.WriteHeader();
        return file;
    }

    /// <summary>The file at <paramref name="path"/> if it holds vectors of this model and precision; null if it is missing or made otherwise.</summary>
    public static VectorFile? TryOpen(string path, string model, VectorPrecision precision)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            if (ReadHeader(stream) is not { } header || header.Model != model || header.Precision != precision || header.Dimensions <= 0)
            {
                stream.Dispose();
                return null;
            }

            var file = new VectorFile(path, stream, model, header.Dimensions, precision, header.Generation);
            file.Apply(header);
            if (stream.Length < file.UsedBytes)
            {
                file.Dispose();
                return null;
            }

            file.Remap();
            return file;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The generation of the file now at <paramref name="path"/>, or null when there is none.</summary>
    public static long? GenerationAt(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return ReadHeader(stream)?.Generation;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Takes in rows another process appended or flagged.</summary>
    public void Refresh()
    {
        if (ReadHeader(_stream) is { } header && header.Generation == Generation)
        {
            Apply(header);
            Remap();
        }
    }

    public void Append(long chunkId, ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Vector has {vector.Length} dimensions; the index holds {Dimensions}.", nameof(vector));
        }

        if (chunkId <= MaxChunkId)
        {
            throw new InvalidOperationException($"Chunk {chunkId} is not newer than the last row ({MaxChunkId}).");
        }

        // Grown in steps, so appending an article does not remap (and re-fault) the whole file each time.
        var end = HeaderBytes + ((Rows + 1) * Stride);
        if (end > _stream.Length)
        {
            _stream.SetLength(Math.Max(end, _stream.Length + Math.Max(_stream.Length / 4, GrowthBytes)));
        }

        var row = new byte[Stride];
        var scale = VectorMath.Encode(Precision, vector, row.AsSpan(RowHeaderBytes, PayloadBytes));
        BinaryPrimitives.WriteInt64LittleEndian(row, chunkId);
        BinaryPrimitives.WriteSingleLittleEndian(row.AsSpan(8), scale);
        RandomAccess.Write(_stream.SafeFileHandle, row, HeaderBytes + (Rows * Stride));
        Rows++;
        Live++;
        MaxChunkId = chunkId;
    }

    public void MarkRemoved(long row)
    {
        if (IsRemoved(row))
        {
            return;
        }

        Span<byte> flag = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(flag, 1);
        RandomAccess.Write(_stream.SafeFileHandle, flag, HeaderBytes + (row * Stride) + 12);
        Live--;
    }

    /// <summary>Makes appended rows visible to readers of the mapping; call after appending, before reading.</summary>
    public void Commit()
    {
        WriteHeader();
        Remap();
    }

    public long ChunkIdAt(long row) => *(long*)RowAt(row);

    public bool IsRemoved(long row) => *(int*)(RowAt(row) + 12) != 0;

    public float ScaleAt(long row) => *(float*)(RowAt(row) + 8);

    public ReadOnlySpan<byte> PayloadAt(long row) => new(RowAt(row) + RowHeaderBytes, PayloadBytes);

    /// <summary>The row of a chunk by binary search, or -1.</summary>
    public long FindRow(long chunkId)
    {
        long lo = 0, hi = Rows - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var id = ChunkIdAt(mid);
            if (id == chunkId)
            {
                return mid;
            }

            if (id < chunkId)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>Drops the space a crashed append may have left past the counted rows.</summary>
    public void Trim()
    {
        Unmap();
        if (_stream.Length > UsedBytes)
        {
            _stream.SetLength(UsedBytes);
        }

        Remap();
    }

    public void Dispose()
    {
        Unmap();
        _stream.Dispose();
    }

    private byte* RowAt(long row)
    {
        if ((ulong)row >= (ulong)Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(row));
        }

        return _base + HeaderBytes + (row * Stride);
    }

    private void WriteHeader() =>
        new VectorFileHeader(Dimensions, Precision, Generation, Rows, Live, MaxChunkId, RemovalSeq, Model).Write(_stream.SafeFileHandle);

    private void Apply(VectorFileHeader header)
    {
        Rows = header.Rows;
        Live = header.Live;
        MaxChunkId = header.MaxChunkId;
        RemovalSeq = header.RemovalSeq;
    }

    private static VectorFileHeader? ReadHeader(FileStream stream) => VectorFileHeader.Read(stream.SafeFileHandle);

    private void Remap()
    {
        if (_view is not null && _mapped >= UsedBytes)
        {
            return;
        }

        Unmap();
        var length = _stream.Length;
        if (length == 0)
        {
            return;
        }

        _map = MemoryMappedFile.CreateFromFile(_stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        _view = _map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _base = pointer + _view.PointerOffset;
        _mapped = length;
    }

    private void Unmap()
    {
        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _view = null;
        }

        _map?.Dispose();
        _map = null;
        _base = null;
        _mapped = 0;
    }
}
