namespace SportsBot.Core.Knowledge;

/// <summary>What happened to one item of a multi-article ingest: a result, or the reason it was refused.</summary>
public sealed record IngestOutcome(IngestItem Item, IngestResult? Result, string? Refusal);
