namespace SportsBot.Evaluation;

/// <param name="Articles">Generated articles ingested with the real model to measure throughput; they also seed the scaled store.</param>
/// <param name="Scales">Article counts at which ask latency is measured, smallest first.</param>
/// <param name="Asks">Questions asked at each scale.</param>
/// <param name="KnowledgeDirectory">The bundled folder for the first-start measurement; null skips it.</param>
/// <param name="WorkFolder">Where the bench's stores are written; the caller deletes it.</param>
/// <param name="Soak">Questions asked in one process at <see cref="SoakArticles"/> articles, to show memory stays flat; 0 skips it.</param>
public sealed record BenchSettings(int Articles, IReadOnlyList<int> Scales, int Asks, string? KnowledgeDirectory, string WorkFolder, int Soak = 0)
{
    public const int SoakArticles = 10_000;
}
