using SportsBot.Core.Answering.Evidence;
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
    IOptions<KnowledgeOptions>? options = null,
    EnglishReadings? readings = null)
{
    private readonly EnglishReadings _readings = readings ?? new EnglishReadings(new Answering.NoSourceGlossary());

    private const int EmbeddingBatchSize = 32;

    /// <summary>Tries at a free id when other processes keep taking the chosen one; each try re-reads which ids are taken.</summary>
    private const int MaxIdAttempts = 10;

    private readonly KnowledgeOptions _options = options?.Value ?? new KnowledgeOptions();

    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(request, cancellationToken);
        if (prepared.Result is { } done)
        {
            return done;
        }

        await EmbedAsync([prepared.Article!], cancellationToken);
        return await CompleteAsync(prepared.Article!, cancellationToken);
    }

    /// <summary>
    /// Checks an article, cuts it into chunks and sentences and finds the vectors the store already has for them.
    /// Returns the result instead when nothing needs embedding (a duplicate, an unchanged article).
    /// </summary>
    internal async Task<(IngestResult? Result, PreparedArticle? Article)> PrepareAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        // A link's user name and password are never stored, nor shown when answers cite it.
        var draft = request.Draft.Url is { } link ? request.Draft with { Url = LinkCredentials.Strip(link) } : request.Draft;
        var body = ArticleBodyCheck.Body(draft);
        var hash = TextNormalizer.ContentHash(body);
        var existing = request.ReplaceId is { } replaceId ? await store.GetAsync(replaceId, cancellationToken) : null;

        if (draft.Url is { } url && existing is null && await store.FindByUrlAsync(url, cancellationToken) is { } sameUrl)
        {
            if (!request.UpdateWhenUrlKnown)
            {
                return (new IngestResult(IngestStatus.Duplicate, sameUrl, 0), null);
            }

            existing = sameUrl;
        }

        if (await store.FindByContentHashAsync(hash, cancellationToken) is { } sameText)
        {
            if (sameText.Id != existing?.Id)
            {
                return (new IngestResult(IngestStatus.Duplicate, sameText, 0), null);
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

                return (new IngestResult(IngestStatus.Unchanged, refreshed, 0), null);
            }
        }

        // A new article's id is settled when it is stored: another article of the same batch may take it first.
        var article = new Article(
            existing?.Id ?? new ArticleId(string.Empty),
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

        var chunks = chunker.Split(article.Id, body);
        var prepared = new PreparedArticle(request, article, existing, chunks, [.. chunks.Select(c => _readings.ForChunk(article, c))], _readings.ForSentences(article));
        await ReuseStoredVectorsAsync(prepared, cancellationToken);
        return (null, prepared);
    }

    /// <summary>
    /// Embeds what the articles still miss, across articles in batches of similar length: one article's six or seven
    /// chunks make a small batch, and mixed lengths waste the model's work on padding.
    /// </summary>
    internal async Task EmbedAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken cancellationToken)
    {
        var missing = articles.SelectMany(a => a.Missing).Distinct(StringComparer.Ordinal).OrderBy(t => t.Length).ToList();
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var batch in missing.Chunk(EmbeddingBatchSize))
        {
            var embedded = await embedder.EmbedAsync(batch, cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                vectors[batch[i]] = embedded[i];
            }
        }

        foreach (var article in articles)
        {
            foreach (var text in article.Missing.ToList())
            {
                article.Vectors[text] = vectors[text];
            }
        }
    }

    /// <summary>
    /// Near-duplicate check and the store write, one article at a time in the order they came. Callers hold the
    /// <see cref="KnowledgeWriter"/>'s lock: what is checked here cannot change in this process before the write, and the
    /// store checks the id and the text again inside its write transaction against other processes.
    /// </summary>
    internal async Task<IngestResult> CompleteAsync(PreparedArticle prepared, CancellationToken cancellationToken)
    {
        var existing = prepared.Existing;
        var embedded = prepared.Chunks.Select((c, i) => new EmbeddedChunk(c, prepared.Vectors[prepared.ChunkTexts[i]], embedder.ModelName)).ToList();
        if (existing is null)
        {
            // An article stored since this one was prepared (earlier in the same batch, or by chat) may be this text,
            // or near it, under another name.
            if (await store.FindByContentHashAsync(prepared.Article.ContentHash, cancellationToken) is { } sameText)
            {
                return new IngestResult(IngestStatus.Duplicate, sameText, 0);
            }

            if (await FindNearDuplicateAsync(embedded, cancellationToken) is { } twin)
            {
                return new IngestResult(IngestStatus.Duplicate, twin, 0);
            }
        }

        var sentences = prepared.Sentences.Select(s => new EmbeddedSentence(s, prepared.Vectors[s], embedder.ModelName)).ToList();
        Article article;
        try
        {
            article = await StoreAsync(prepared, embedded, sentences, cancellationToken);
        }
        catch (ArticleConflictException conflict) when (conflict.SameArticle)
        {
            // Another process stored the same text, or the same page, while this one was embedding it.
            return new IngestResult(IngestStatus.Duplicate, conflict.Existing, 0);
        }

        logger.LogInformation("Stored article {ArticleId} \"{Title}\" with {ChunkCount} chunks", article.Id, article.Title, embedded.Count);
        return new IngestResult(existing is null ? IngestStatus.Added : IngestStatus.Updated, article, embedded.Count);
    }

    public async Task<bool> RemoveAsync(ArticleId id, CancellationToken cancellationToken)
    {
        var removed = await store.RemoveAsync(id, cancellationToken);
        await IndexChangedAsync(cancellationToken);
        return removed;
    }

    /// <summary>
    /// Brings the vector index in step after a write that is already committed: cancelled now (Ctrl+C), the change must
    /// not look as if it failed, so the index is only told to catch up at its next use.
    /// </summary>
    private async Task IndexChangedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await index.StoreChangedAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            index.Invalidate();
        }
    }

    /// <summary>An edited article keeps the vectors of passages whose text did not change; any article, those of sentences the store knows.</summary>
    private async Task ReuseStoredVectorsAsync(PreparedArticle prepared, CancellationToken cancellationToken)
    {
        if (prepared.Existing is { } existing)
        {
            foreach (var stored in await store.GetChunkVectorsAsync(existing.Id, embedder.ModelName, cancellationToken))
            {
                prepared.Vectors.TryAdd(_readings.ForChunk(stored.Chunk.Article, stored.Chunk.Chunk), stored.Vector);
            }
        }

        foreach (var (sentence, vector) in await store.FindSentenceVectorsAsync(prepared.Sentences, embedder.ModelName, cancellationToken))
        {
            prepared.Vectors.TryAdd(sentence, vector);
        }
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

    /// <summary>
    /// Writes the article; a new one never over another. A new article takes the first free id; when another process
    /// takes it in the meantime, the next free id is taken and the write tried again. The same text stored meanwhile
    /// surfaces as a conflict.
    /// </summary>
    /// <returns>The article as stored (a new article's id is settled here).</returns>
    private async Task<Article> StoreAsync(
        PreparedArticle prepared, List<EmbeddedChunk> embedded, List<EmbeddedSentence> sentences, CancellationToken cancellationToken)
    {
        var article = prepared.Article;
        if (prepared.Existing is not null)
        {
            await store.SaveAsync(article, embedded, sentences, cancellationToken);
        }
        else
        {
            for (var attempt = 1; ; attempt++)
            {
                var id = await FreeIdAsync(prepared.Request.Draft, article.ContentHash, cancellationToken);
                article = article with { Id = id };
                embedded = [.. embedded.Select(e => e with { Chunk = e.Chunk with { ArticleId = id } })];
                try
                {
                    await store.AddAsync(article, embedded, sentences, cancellationToken);
                    break;
                }
                catch (ArticleConflictException conflict) when (conflict.Kind == ArticleConflict.SameId && attempt < MaxIdAttempts)
                {
                    // Another process took the id between the look-up and the write; the next look-up sees it taken.
                }
            }
        }

        await IndexChangedAsync(cancellationToken);
        return article;
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
}
