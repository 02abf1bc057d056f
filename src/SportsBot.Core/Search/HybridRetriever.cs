using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>
/// Keyword (FTS5 bm25) and vector search, fused by reciprocal rank, lifted by recency, reordered so a newer
/// passage on the same matter leads an older one, and reduced to one entry per article.
/// </summary>
public sealed class HybridRetriever(
    IKnowledgeStore store,
    IKeywordSearch keywordSearch,
    IEmbedder embedder,
    IVectorIndex index,
    QueryAnalyzer analyzer,
    TermMatcher matcher,
    IOptions<SearchOptions> options) : IRetriever
{
    /// <summary>Shorter than this is a byline, a dateline or a heading, not a story's opening sentence.</summary>
    private const int OpeningMinChars = 60;

    private readonly SearchOptions _options = options.Value;

    public async Task<RetrievalResult> RetrieveAsync(string question, CancellationToken cancellationToken)
    {
        var query = analyzer.Analyze(question);
        await index.EnsureCurrentAsync(cancellationToken);

        var clock = Stopwatch.StartNew();
        // The question is embedded in every mode: the answerer judges coverage by similarity to it.
        // Long forms help the embedding model, which has never seen "AIN" or "NOCRB".
        var embedText = query.Aliases.Count == 0 ? question : $"{question} ({string.Join(", ", query.Aliases.Where(a => a.Contains(' ')))})";
        var queryVector = await embedder.EmbedQueryAsync(embedText, cancellationToken);
        var embedding = clock.Elapsed;

        clock.Restart();
        var keywordHits = _options.Mode == RetrievalMode.VectorOnly ? [] : await keywordSearch.SearchAsync(query, _options.KeywordTopK, cancellationToken);
        var keyword = clock.Elapsed;

        clock.Restart();
        var vectorHits = _options.Mode == RetrievalMode.KeywordOnly ? [] : index.Search(queryVector, _options.VectorTopK);
        var vector = clock.Elapsed;

        clock.Restart();
        var passages = await FuseAsync(query, queryVector, index, keywordHits, vectorHits, cancellationToken);
        var fusion = clock.Elapsed;

        return new RetrievalResult(query, queryVector, passages, new RetrievalTimings(embedding, keyword, vector, fusion));
    }

    private async Task<IReadOnlyList<RetrievedPassage>> FuseAsync(
        QueryAnalysis query,
        float[] queryVector,
        IVectorIndex index,
        IReadOnlyList<KeywordHit> keywordHits,
        IReadOnlyList<VectorHit> vectorHits,
        CancellationToken cancellationToken)
    {
        var fused = new Dictionary<ChunkId, double>();
        void AddRanks(IEnumerable<ChunkId> ranked)
        {
            var rank = 0;
            foreach (var id in ranked)
            {
                rank++;
                fused[id] = fused.GetValueOrDefault(id) + (1.0 / (_options.RrfK + rank));
            }
        }

        AddRanks(keywordHits.Select(h => h.ChunkId));
        AddRanks(vectorHits.Select(h => h.ChunkId));
        if (fused.Count == 0)
        {
            return [];
        }

        var chunks = await store.GetChunksAsync(fused.Keys.ToList(), cancellationToken);
        var byArticle = chunks
            .Select(c => (Chunk: c, Rrf: fused[c.Id], Vector: index.GetVector(c.Id)))
            .Where(c => c.Vector is not null)
            .GroupBy(c => c.Chunk.Article.Id)
            .Select(g =>
            {
                var ordered = g.OrderByDescending(c => c.Rrf).ToList();
                var best = ordered[0];
                var similarity = ordered.Max(c => TensorPrimitives.Dot(queryVector, c.Vector!));
                // An article is as good as its best passage: a long article matching on many passages must not
                // outrank a short one that says the answer once.
                var rrf = best.Rrf;
                var top = ordered.Take(3).ToList();
                // Read only for the articles that are returned or weighed against a newer one: stemming the text of
                // every candidate article was most of this stage's time.
                var coverage = new Lazy<double>(() => Coverage(query, best.Chunk.Article.WithItsDate($"{best.Chunk.Article.Title} {string.Join(' ', top.Select(c => c.Chunk.Chunk.Text))}")), LazyThreadSafetyMode.None);
                return new Candidate(best.Chunk.Article, [.. top.Select(c => c.Chunk)], best.Vector!, rrf, similarity, coverage);
            })
            .ToList();

        ApplyRecency(query, byArticle);
        var ordered = byArticle.OrderByDescending(c => c.Score).ToList();
        // A question about the past asks for what held then: a later change is not an answer to it, unless it asks about the change.
        var supersededBy = query.AboutThePast && !query.AsksAboutAReturn ? new Dictionary<ArticleId, ArticleId>() : NewerLeads(query, ordered);

        return ordered
            .Take(_options.MaxArticles)
            .Select(c => new RetrievedPassage(c.Article, c.Chunks, c.Score, c.Similarity, c.Coverage, supersededBy.TryGetValue(c.Article.Id, out var newer) ? newer : null))
            .ToList();
    }

    private void ApplyRecency(QueryAnalysis query, List<Candidate> candidates)
    {
        var dated = candidates.Where(c => c.Article.Published is not null).Select(c => c.Article.Published!.Value.DayNumber).ToList();
        if (dated.Count < 2)
        {
            return;
        }

        var (oldest, newest) = (dated.Min(), dated.Max());
        var span = Math.Max(1, newest - oldest);
        var weight = query.AboutThePresent ? _options.PresentRecencyWeight
            : query.AboutThePast ? _options.PastRecencyWeight
            : _options.DefaultRecencyWeight;
        foreach (var c in candidates)
        {
            // An undated story's age is unknown: it sits in the middle, neither lifted as the newest nor pushed
            // down as the oldest (the answer still says it is undated, and it never supersedes a dated one).
            var recency = c.Article.Published is { } p ? (double)(p.DayNumber - oldest) / span : 0.5;
            c.Score = c.Rrf * (1 + (weight * recency));
        }
    }

    /// <summary>
    /// When two articles speak of the same matter and the newer answers the question about as well, the newer
    /// goes first and the older is marked superseded, whatever their ranks: an answer must never lead with a
    /// fact that has since changed. A newer article that is clearly less on point (a follow-up detail) does not
    /// displace the one that answers the question, unless the question asks what holds now ("Can Brask compete
    /// for Corvalia now, or must she still wait three years?") and the newer story opens by changing a decision
    /// ("has overturned the ruling that barred Brask"): the older one's closer words ("must wait three years")
    /// are what no longer holds. Both stories must then name all that the question names, so that a change to
    /// some other matter does not displace the answer.
    /// </summary>
    private Dictionary<ArticleId, ArticleId> NewerLeads(QueryAnalysis query, List<Candidate> ordered)
    {
        var superseded = new Dictionary<ArticleId, Candidate>();
        // Read once per story, and only for a question asking what holds now: the pairs below are many.
        var namingAll = query.AsksWhatHoldsNow ? ordered.Where(c => NamesAll(query, c)).ToHashSet() : [];
        var changing = namingAll.Where(c => OpensWithAChange(c.Article)).ToHashSet();
        foreach (var older in ordered)
        {
            if (older.Article.Published is not { } olderDate)
            {
                continue;
            }

            var newest = ordered
                .Where(newer => newer.Article.Published is { } newerDate && newerDate > olderDate
                    && newer.Score >= older.Score * 0.5
                    && ((TensorPrimitives.Dot(older.Vector, newer.Vector) >= _options.SameMatterSimilarity
                            && newer.Similarity >= older.Similarity - _options.SupersedeMargin && newer.Coverage >= older.Coverage)
                        || (changing.Contains(newer) && namingAll.Contains(older))))
                .MaxBy(newer => newer.Article.Published);
            if (newest is not null)
            {
                superseded[older.Article.Id] = newest;
            }
        }

        // Move each superseding article just ahead of the first article it supersedes; dates only grow along
        // a chain of moves, so this ends.
        for (var moved = true; moved;)
        {
            moved = false;
            for (var i = 0; i < ordered.Count && !moved; i++)
            {
                if (superseded.TryGetValue(ordered[i].Article.Id, out var newer) && ordered.IndexOf(newer) is var j && j > i)
                {
                    ordered.RemoveAt(j);
                    ordered.Insert(i, newer);
                    moved = true;
                }
            }
        }

        return superseded.ToDictionary(p => p.Key, p => p.Value.Article.Id);
    }

    /// <summary>
    /// The story's opening sentence changes an earlier decision ("has overturned the ruling that barred Brask", "reversed
    /// its blanket visa refusal", "has partially lifted its sanctions") or ends a state ("have ended their month-long
    /// strike"): the story reports the newest word on its matter.
    /// A byline, a dateline or a headline repeated as the first line is shorter than a news story's opening sentence.
    /// Only the paragraphs up to the opening are split.
    /// </summary>
    private static bool OpensWithAChange(Article article) =>
        article.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(SentenceSplitter.Split)
            .FirstOrDefault(s => s.Length >= OpeningMinChars && !TextNormalizer.IsPhotoCaption(s)) is { } opening
        && (RevisionWords.Changes(opening) || RevisionWords.EndsAState(opening));

    /// <summary>The story names everything the question names: two such stories are on the question's matter.</summary>
    private bool NamesAll(QueryAnalysis query, Candidate candidate)
    {
        if (query.Names is not { Count: > 0 } names)
        {
            return false;
        }

        QueryTerm[] terms = [.. names.Select(n => matcher.Term(n, isName: true))];
        var text = candidate.Article.WithItsDate($"{candidate.Article.Title} {string.Join(' ', candidate.Chunks.Select(c => c.Chunk.Text))}");
        return matcher.Coverage(terms, matcher.Read(text, terms)) >= 1;
    }

    private double Coverage(QueryAnalysis query, string text)
    {
        var names = (query.Names ?? []).ToHashSet(StringComparer.Ordinal);
        if (query.Terms.Count == 0)
        {
            return 0;
        }

        QueryTerm[] terms = [.. query.Terms.Select(t => matcher.Term(t, names.Contains(t)))];
        return matcher.Coverage(terms, matcher.Read(text, terms));
    }

    private sealed class Candidate(Article article, IReadOnlyList<StoredChunk> chunks, float[] vector, double rrf, float similarity, Lazy<double> coverage)
    {
        public Article Article { get; } = article;

        public IReadOnlyList<StoredChunk> Chunks { get; } = chunks;

        public float[] Vector { get; } = vector;

        public double Rrf { get; } = rrf;

        public float Similarity { get; } = similarity;

        public double Coverage => coverage.Value;

        public double Score { get; set; } = rrf;
    }
}
