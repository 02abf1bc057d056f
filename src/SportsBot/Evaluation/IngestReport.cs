namespace SportsBot.Evaluation;

/// <summary>Throughput of the real ingest pipeline (parse, normalise, dedupe, chunk, embed, store) on generated articles.</summary>
/// <param name="Texts">Chunks and sentences embedded (sentence vectors are stored at ingest).</param>
/// <param name="ModelShare">Share of the wall time spent inside the embedding model.</param>
/// <param name="ModelAloneSeconds">The model alone embedding the same texts in the same batches, in the same process right after.</param>
/// <param name="ThroughputVsModel">Ingest throughput as a share of the model alone's: <see cref="ModelAloneSeconds"/> / <see cref="Seconds"/>.</param>
public sealed record IngestReport(
    int Articles,
    int Chunks,
    long Texts,
    double Seconds,
    double ArticlesPerSecond,
    double ChunksPerSecond,
    double ModelSeconds,
    double ModelShare,
    double OtherMsPerArticle,
    double ModelAloneSeconds,
    double ThroughputVsModel);
