namespace SportsBot.Core.Knowledge;

/// <summary>What happened to one article. For <see cref="IngestStatus.Duplicate"/>, <see cref="Article"/> is the one already stored.</summary>
public sealed record IngestResult(IngestStatus Status, Article Article, int ChunkCount)
{
    public string Describe() => Describe(null);

    /// <param name="number">The article's short number, shown instead of its long id when known.</param>
    public string Describe(ArticleNumber? number)
    {
        var id = number?.ToString() ?? $"#{Article.Id}";
        return Status switch
        {
            IngestStatus.Added => $"Added \"{Article.Title}\" as {id} ({Counted.Of(ChunkCount, "passage")}).",
            IngestStatus.Updated => $"Updated \"{Article.Title}\" ({id}, {Counted.Of(ChunkCount, "passage")}).",
            IngestStatus.Unchanged => $"\"{Article.Title}\" is unchanged ({id}).",
            IngestStatus.Duplicate => $"Already in the knowledge base as {id} (\"{Article.Title}\"); nothing changed.",
            _ => Status.ToString(),
        };
    }
}
