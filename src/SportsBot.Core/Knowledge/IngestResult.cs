namespace SportsBot.Core.Knowledge;

/// <summary>What happened to one article. For <see cref="IngestStatus.Duplicate"/>, <see cref="Article"/> is the one already stored.</summary>
public sealed record IngestResult(IngestStatus Status, Article Article, int ChunkCount)
{
    public string Describe() => Status switch
    {
        IngestStatus.Added => $"Added \"{Article.Title}\" as #{Article.Id} ({ChunkCount} passages).",
        IngestStatus.Updated => $"Updated \"{Article.Title}\" (#{Article.Id}, {ChunkCount} passages).",
        IngestStatus.Unchanged => $"\"{Article.Title}\" is unchanged (#{Article.Id}).",
        IngestStatus.Duplicate => $"Already in the knowledge base as #{Article.Id} (\"{Article.Title}\"); nothing changed.",
        _ => Status.ToString(),
    };
}
