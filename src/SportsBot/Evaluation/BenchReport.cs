namespace SportsBot.Evaluation;

/// <summary>The result of one <c>bench</c> run; <c>--json</c> prints it as it is.</summary>
public sealed record BenchReport(BenchMachine Machine, FirstStartReport? FirstStart, IngestReport Ingest, IReadOnlyList<ScaleReport> Scales, SoakReport? Soak = null);
