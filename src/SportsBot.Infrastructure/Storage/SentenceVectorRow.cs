namespace SportsBot.Infrastructure.Storage;

/// <summary>A stored sentence vector: int8 values after a float32 scale (see <see cref="Vectors.VectorMath"/>), keyed by the sentence's hash.</summary>
internal sealed class SentenceVectorRow
{
    public long Hash { get; set; }

    /// <summary>Null where a lookup found no stored vector.</summary>
    public byte[]? Vector { get; set; }
}
