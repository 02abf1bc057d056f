namespace SportsBot.Core.Knowledge;

/// <summary>A chunk as the store knows it, with its id and the article it belongs to.</summary>
public sealed record StoredChunk(ChunkId Id, Chunk Chunk, Article Article);
