using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core.Search;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// One article in: normalise, dedupe, chunk, embed, near-duplicate check, store. Each step is idempotent and
/// the store write is one transaction, so re-running after a failure never leaves half an article or a copy.
/// </summary>
public sealed class IngestPipeline(
    IKnowledgeStore store,
    IEmbedder embedder,
    Chunker chunker,
    IVectorIndex index,
    TimeProvider time,
    ILogger<IngestPipeline> logger,
    IOptions<KnowledgeOptions>? options = null)
{
    /// <summary>Below this, a "body" is a headline or a link, not something we can answer from.</summary>
    public const int MinimumWords = 15;

    private const int EmbeddingBatchSize = 32;

    private readonly KnowledgeOptions _options = options?.Value ?? new KnowledgeOptions();

    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        var draft = request.Draft;
        var body = Validate(draft);
        var hash = TextNormalizer.ContentHash(body);
        var existing = request.ReplaceId is { } replaceId ? await store.GetAsync(replaceId, cancellationToken) : null;

        if (draft.Url is { } url && existing is null && await store.FindByUrlAsync(url, cancellationToken) is { } sameUrl)
        {
            if (!request.UpdateWhenUrlKnown)
            {
                return new IngestResult(IngestStatus.Duplicate, sameUrl, 0);
            }

            existing = sameUrl;
        }

        if (await store.FindByContentHashAsync(hash, cancellationToken) is { } sameText)
        {
            if (sameText.Id != existing?.Id)
            {
                return new IngestResult(IngestStatus.Duplicate, sameText, 0);
            }

            if (SameMetadata(sameText, draft))
            {
                // Identical text and metadata: at most remember the new file hash so the next sync skips the file;
                // the passages and their vectors are already right.
                var refreshed = sameText with { OriginHash = request.OriginHash ?? sameText.OriginHash };
                if (refreshed.OriginHash != sameText.OriginHash)
                {
                    await store.SetOriginHashAsync(refreshed.Id, refreshed.OriginHash, cancellationToken);
                }

                return new IngestResult(IngestStatus.Unchanged, refreshed, 0);
            }
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
            existing?.Origin ?? request.Origin,
            request.OriginHash);

        var embedded = await EmbedAsync(article, body, cancellationToken);
        if (existing is null && await FindNearDuplicateAsync(embedded, cancellationToken) is { } twin)
        {
            return new IngestResult(IngestStatus.Duplicate, twin, 0);
        }

        await StoreAsync(article, embedded, cancellationToken);
        logger.LogInformation("Stored article {ArticleId} \"{Title}\" with {ChunkCount} chunks", article.Id, article.Title, embedded.Count);
        return new IngestResult(existing is null ? IngestStatus.Added : IngestStatus.Updated, article, embedded.Count);
    }

    public async Task<bool> RemoveAsync(ArticleId id, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveAsync(id, cancellationToken);
        await index.StoreChangedAsync(cancellationToken);
        return removed;
    }

    public static string EmbeddingText(Article article, Chunk chunk) => $"{article.Title}. {chunk.Text}";

    private static string Validate(ArticleDraft draft)
    {
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

        return body;
    }

    private async Task<List<EmbeddedChunk>> EmbedAsync(Article article, string body, CancellationToken cancellationToken)
    {
        var chunks = chunker.Split(article.Id, body);
        var embedded = new List<EmbeddedChunk>(chunks.Count);
        foreach (var batch in chunks.Chunk(EmbeddingBatchSize))
        {
            // The title travels with every passage: "He said…" alone does not say what the article is about.
            var vectors = await embedder.EmbedAsync([.. batch.Select(c => EmbeddingText(article, c))], cancellationToken);
            embedded.AddRange(batch.Select((c, i) => new EmbeddedChunk(c, vectors[i], embedder.ModelName)));
        }

        return embedded;
    }

    /// <summary>
    /// The same agency story on two sites differs in a headline and a caption, so its hash differs; its passages
    /// still land almost exactly on the stored copy's. Most passages doing so means it is the same article.
    /// </summary>
    private async Task<Article?> FindNearDuplicateAsync(List<EmbeddedChunk> embedded, CancellationToken cancellationToken)
    {
        await index.EnsureCurrentAsync(cancellationToken);
        var matches = index.NearestToEach([.. embedded.Select(c => c.Vector)])
            .Where(hit => hit is { } h && h.Similarity >= _options.NearDuplicateSimilarity)
            .GroupBy(hit => hit!.Value.ArticleId)
            .MaxBy(g => g.Count());
        if (matches is null || matches.Count() < Math.Ceiling(embedded.Count * 0.8))
        {
            return null;
        }

        return await store.GetAsync(matches.Key, cancellationToken);
    }

    private async Task StoreAsync(Article article, List<EmbeddedChunk> embedded, CancellationToken cancellationToken)
    {
        await store.SaveAsync(article, embedded, cancellationToken);
        await index.StoreChangedAsync(cancellationToken);
    }

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
