namespace SportsBot.Infrastructure.Storage;

internal sealed class KeywordRow
{
    public long ChunkId { get; set; }

    public string ArticleId { get; set; } = string.Empty;

    public double Score { get; set; }
}
