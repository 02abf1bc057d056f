namespace SportsBot.Evaluation;

/// <summary>Many questions in one process on one store: memory must stay flat (every cache bounded).</summary>
/// <param name="WorkingSetStartBytes">Resident memory after the first question, before the run.</param>
/// <param name="HeapStartBytes">Managed heap after a full collection, before the run; likewise at the end.</param>
public sealed record SoakReport(
    int Articles,
    int Questions,
    double Seconds,
    double P50Ms,
    double P95Ms,
    long WorkingSetStartBytes,
    long WorkingSetEndBytes,
    long HeapStartBytes,
    long HeapEndBytes);
