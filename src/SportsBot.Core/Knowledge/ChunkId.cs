namespace SportsBot.Core.Knowledge;

/// <summary>Store-assigned identifier of a chunk.</summary>
public readonly record struct ChunkId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
