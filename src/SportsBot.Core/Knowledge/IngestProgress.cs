namespace SportsBot.Core.Knowledge;

/// <summary>Progress of a multi-article ingest: <paramref name="Done"/> of <paramref name="Total"/> items, the current one named.</summary>
public readonly record struct IngestProgress(int Done, int Total, string Current);
