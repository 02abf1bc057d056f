namespace SportsBot.Evaluation;

/// <summary>Ask latency, size and memory with the store at one size.</summary>
/// <param name="ModelArticles">Articles whose vectors came from the model (the ingest phase).</param>
/// <param name="SyntheticArticles">Generated articles inserted straight into the store with random unit vectors, without the model.</param>
/// <param name="FirstAnswerMs">The first question on a freshly opened host, as after a restart (the vector file is mapped, not loaded).</param>
/// <param name="VectorRecall">The share of the exact scan's top hits that vector search returns (<see cref="Evaluation.VectorRecall"/>); null when every vector is scored.</param>
/// <param name="DiskBytes">The database with its log files and the vector file.</param>
/// <param name="BotPeakBytes">Peak resident memory of a bot started on this store in its own process, answering a question (<see cref="BotProcessPeak"/>); null where the OS does not show it.</param>
/// <param name="BenchAnsweringPeakBytes">Peak resident memory of the bench process from the restart on this store through its questions; it carries what the bench's earlier phases left.</param>
/// <param name="BenchFillingPeakBytes">Peak resident memory of the bench process while it generated and wrote this scale's synthetic articles.</param>
public sealed record ScaleReport(
    int Articles,
    int Chunks,
    int ModelArticles,
    int SyntheticArticles,
    double FillSeconds,
    double FirstAnswerMs,
    int Asks,
    IReadOnlyList<StageLatency> Stages,
    double? VectorRecall,
    long DiskBytes,
    long? BotPeakBytes,
    long BenchAnsweringPeakBytes,
    long BenchFillingPeakBytes,
    long ManagedHeapBytes);
