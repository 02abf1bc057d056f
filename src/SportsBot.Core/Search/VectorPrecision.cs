namespace SportsBot.Core.Search;

/// <summary>How the vector index holds each number of a vector.</summary>
public enum VectorPrecision
{
    /// <summary>One signed byte and one scale per vector: a quarter of the memory and disk, the same answers on eval.</summary>
    Int8,

    /// <summary>The model's own 32-bit floats.</summary>
    Float32,
}
