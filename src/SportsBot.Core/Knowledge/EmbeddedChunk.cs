namespace SportsBot.Core.Knowledge;

/// <summary>A chunk with its unit-length embedding and the name of the model that made it.</summary>
public sealed record EmbeddedChunk(Chunk Chunk, float[] Vector, string Model);
