namespace SportsBot.Evaluation;

/// <summary>Throughput of the real ingest pipeline (parse, normalise, dedupe, chunk, embed, store) on generated articles.</summary>
/// <param name="ModelShare">Share of the wall time spent inside the embedding model.</param>
public sealed record IngestReport(
    int Articles,
    int Chunks,
    double Seconds,
    double ArticlesPerSecond,
    double ChunksPerSecond,
    double ModelSeconds,
    double ModelShare,
    double OtherMsPerArticle);
