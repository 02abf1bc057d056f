namespace SportsBot.Evaluation;

/// <summary>Latency percentiles of one stage of answering a question.</summary>
public sealed record StageLatency(string Stage, double P50Ms, double P95Ms, double P99Ms);
