namespace SportsBot.Evaluation;

/// <summary>Ask latency, size and memory with the store at one size.</summary>
/// <param name="ModelArticles">Articles whose vectors came from the model (the ingest phase).</param>
/// <param name="SyntheticArticles">Generated articles inserted straight into the store with random unit vectors, without the model.</param>
/// <param name="FirstAnswerMs">The first question on a freshly opened host, as after a restart (the vector file is mapped, not loaded).</param>
/// <param name="DiskBytes">The database with its log files and the vector file.</param>
/// <param name="PeakWorkingSetBytes">Peak resident memory of the process while this scale was filled and measured (where the OS lets the peak be reset; else since start).</param>
public sealed record ScaleReport(
    int Articles,
    int Chunks,
    int ModelArticles,
    int SyntheticArticles,
    double FillSeconds,
    double FirstAnswerMs,
    int Asks,
    IReadOnlyList<StageLatency> Stages,
    long DiskBytes,
    long PeakWorkingSetBytes,
    long ManagedHeapBytes);
