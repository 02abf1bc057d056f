using Microsoft.Extensions.Logging;
using SportsBot.Core.Search;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// One article in: normalise, dedupe, chunk, embed, store. Each step is idempotent and the store write is one
/// transaction, so re-running after a failure never leaves half an article or a second copy.
/// </summary>
public sealed class IngestPipeline(
    IKnowledgeStore store,
    IEmbedder embedder,
    Chunker chunker,
    VectorIndexLoader indexLoader,
    TimeProvider time,
    ILogger<IngestPipeline> logger)
{
    /// <summary>Below this, a "body" is a headline or a link, not something we can answer from.</summary>
    public const int MinimumWords = 15;

    private const int EmbeddingBatchSize = 32;

    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        var draft = request.Draft;
        var body = TextNormalizer.Normalize(draft.Body);
        var wordCount = body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        if (wordCount < MinimumWords)
        {
            throw new InvalidArticleException($"\"{Truncate(draft.Title)}\" has only {wordCount} words of text; an article needs at least {MinimumWords}.");
        }

        if (draft.Title.Length > 300)
        {
            throw new InvalidArticleException("The title is longer than 300 characters; is the first line really a title?");
        }

        var hash = TextNormalizer.ContentHash(body);
        var existing = request.ReplaceId is { } replaceId ? await store.GetAsync(replaceId, cancellationToken) : null;

        var sameText = await store.FindByContentHashAsync(hash, cancellationToken);
        if (sameText is not null)
        {
            if (sameText.Id != existing?.Id)
            {
                return new IngestResult(IngestStatus.Duplicate, sameText, 0);
            }

            if (SameMetadata(sameText, draft))
            {
                // The text is identical; only remember the new file hash so the next sync skips it.
                var refreshed = sameText with { OriginHash = request.OriginHash ?? sameText.OriginHash };
                if (refreshed != sameText)
                {
                    await SaveAsync(refreshed, body, cancellationToken);
                }

                return new IngestResult(IngestStatus.Unchanged, refreshed, 0);
            }
        }

        if (draft.Url is { } url && await store.FindByUrlAsync(url, cancellationToken) is { } sameUrl && sameUrl.Id != existing?.Id)
        {
            return new IngestResult(IngestStatus.Duplicate, sameUrl, 0);
        }

        var id = existing?.Id ?? await FreeIdAsync(draft, hash, cancellationToken);
        var article = new Article(
            id,
            draft.Title.Trim(),
            draft.Url,
            string.IsNullOrWhiteSpace(draft.Source) ? ArticleParser.UnknownSource : draft.Source.Trim(),
            draft.Published,
            existing?.AddedAt ?? time.GetUtcNow(),
            existing?.AddedBy ?? request.AddedBy,
            draft.Language,
            body,
            hash,
            request.Origin,
            request.OriginHash);

        var chunkCount = await SaveAsync(article, body, cancellationToken);
        logger.LogInformation("Stored article {ArticleId} \"{Title}\" with {ChunkCount} chunks", article.Id, article.Title, chunkCount);
        return new IngestResult(existing is null ? IngestStatus.Added : IngestStatus.Updated, article, chunkCount);
    }

    public async Task<bool> RemoveAsync(ArticleId id, CancellationToken cancellationToken)
    {
        var index = await indexLoader.EnsureLoadedAsync(cancellationToken);
        var removed = await store.RemoveAsync(id, cancellationToken);
        index.RemoveArticle(id);
        return removed;
    }

    private async Task<int> SaveAsync(Article article, string body, CancellationToken cancellationToken)
    {
        var index = await indexLoader.EnsureLoadedAsync(cancellationToken);
        var chunks = chunker.Split(article.Id, body);
        var embedded = new List<EmbeddedChunk>(chunks.Count);
        foreach (var batch in chunks.Chunk(EmbeddingBatchSize))
        {
            // The title travels with every passage: "He said…" alone does not say what the article is about.
            var vectors = await embedder.EmbedAsync([.. batch.Select(c => EmbeddingText(article, c))], cancellationToken);
            embedded.AddRange(batch.Select((c, i) => new EmbeddedChunk(c, vectors[i], embedder.ModelName)));
        }

        var ids = await store.SaveAsync(article, embedded, cancellationToken);
        index.RemoveArticle(article.Id);
        for (var i = 0; i < ids.Count; i++)
        {
            index.Add(ids[i], article.Id, embedded[i].Vector);
        }

        return chunks.Count;
    }

    public static string EmbeddingText(Article article, Chunk chunk) => $"{article.Title}. {chunk.Text}";

    private async Task<ArticleId> FreeIdAsync(ArticleDraft draft, string hash, CancellationToken cancellationToken)
    {
        var stem = draft.Key ?? ArticleParser.Slug(draft.Title) ?? hash[..12];
        var candidate = new ArticleId(stem);
        for (var n = 2; await store.GetAsync(candidate, cancellationToken) is not null; n++)
        {
            candidate = new ArticleId($"{stem}-{n}");
        }

        return candidate;
    }

    private static bool SameMetadata(Article stored, ArticleDraft draft) =>
        stored.Title == draft.Title.Trim() && stored.Url == draft.Url && stored.Published == draft.Published
        && stored.Source == draft.Source.Trim() && stored.Language == draft.Language;

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
