namespace SportsBot.Infrastructure.Search;

/// <summary>A chunk the full-text index matched, with its bm25 over the words that selected it (lower is better).</summary>
internal sealed class KeywordCandidateRow
{
    public long ChunkId { get; set; }

    public string ArticleId { get; set; } = string.Empty;

    public double Score { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
