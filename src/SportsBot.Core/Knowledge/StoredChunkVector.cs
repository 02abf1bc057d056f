namespace SportsBot.Core.Knowledge;

/// <summary>A stored chunk with its vector; an edited article reuses the vectors of chunks whose text did not change.</summary>
public sealed record StoredChunkVector(StoredChunk Chunk, float[] Vector);
