using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Evaluation;

/// <summary>
/// Asks every question of an eval set through four retrievers side by side – keyword only, vector only, the
/// shipped hybrid and a Lucene BM25 baseline – each followed by the shipped answerer, and scores the answers.
/// The single-signal rows are the shipped <see cref="HybridRetriever"/> in another <see cref="RetrievalMode"/>,
/// so all four share one fusion, recency and dedupe path and differ only in what ranks the chunks.
/// </summary>
public sealed class EvalRunner(
    IKnowledgeStore store,
    IKeywordSearch storeKeywords,
    IEmbedder embedder,
    IVectorIndex index,
    QueryAnalyzer analyzer,
    TermMatcher matcher,
    IRetriever shipped,
    AnswerService answers,
    SentenceVectorCache sentenceVectors,
    IOptions<SearchOptions> search)
{
    private const int ChunksPerRead = 10_000;

    /// <summary>Expected article keys that are not in the store: a typo there would silently score as a miss.</summary>
    public async Task<IReadOnlyList<string>> UnknownArticleKeysAsync(IEnumerable<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var unknown = new List<string>();
        foreach (var key in questions.SelectMany(q => q.Expected).Distinct(StringComparer.Ordinal))
        {
            if (await store.GetAsync(new ArticleId(key), cancellationToken) is null)
            {
                unknown.Add(key);
            }
        }

        return unknown;
    }

    /// <summary>The retrievers eval can compare, by name.</summary>
    public static readonly IReadOnlyList<string> RetrieverNames = ["keyword", "vector", "hybrid", "lucene-bm25"];

    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalQuestionFile> files, IReadOnlyCollection<string> only, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        await index.EnsureCurrentAsync(cancellationToken);
        // Lucene holds its own copy of every chunk: built only when it is asked for.
        using var lucene = only.Count == 0 || only.Contains("lucene-bm25") ? new LuceneKeywordSearch(await AllChunksAsync(cancellationToken)) : null;

        List<(string Name, string Description, IRetriever Retriever)> all =
        [
            ("keyword", "SQLite FTS5 bm25 over the question's words and aliases, alone", Variant(storeKeywords, RetrievalMode.KeywordOnly)),
            ("vector", $"{embedder.ModelName} cosine, alone", Variant(storeKeywords, RetrievalMode.VectorOnly)),
            ("hybrid", "the shipped retriever: both, fused by reciprocal rank", shipped),
        ];
        if (lucene is not null)
        {
            all.Add(("lucene-bm25", "Lucene.Net BM25, English analyzer, the question's own words", Variant(lucene, RetrievalMode.KeywordOnly)));
        }

        var retrievers = all.Where(r => only.Count == 0 || only.Contains(r.Name)).ToList();

        // One unmeasured question per retriever first, so JIT and first-use costs land on none of them.
        var warmUp = files[0].Questions[0].Question;
        foreach (var (_, _, retriever) in retrievers)
        {
            await answers.AskAsync(warmUp, retriever, cancellationToken);
        }

        var total = files.Sum(f => f.Questions.Count);
        var done = 0;
        var sets = new List<EvalSet>();
        foreach (var file in files)
        {
            var outcomes = retrievers.ToDictionary(r => r.Name, _ => new List<QuestionOutcome>());
            foreach (var question in file.Questions)
            {
                progress?.Report(new IngestProgress(done++, total, question.Id));
                foreach (var (name, _, retriever) in retrievers)
                {
                    outcomes[name].Add(await AskAsync(question, retriever, cancellationToken));
                }
            }

            var rows = retrievers.Select(r => new EvalRow(
                r.Name,
                r.Description,
                EvalMetrics.From(outcomes[r.Name]),
                EvalQuestion.Kinds
                    .Where(kind => outcomes[r.Name].Any(o => o.Kind == kind))
                    .ToDictionary(kind => kind, kind => EvalMetrics.From([.. outcomes[r.Name].Where(o => o.Kind == kind)])),
                outcomes[r.Name])).ToList();
            sets.Add(new EvalSet(file.Name, file.Questions.Count, rows));
        }

        return new EvalReport(await store.CountAsync(cancellationToken), index.Count, sets);
    }

    private async Task<List<StoredChunk>> AllChunksAsync(CancellationToken cancellationToken)
    {
        var ids = (await store.LoadVectorsAsync(embedder.ModelName, cancellationToken)).Select(v => v.ChunkId).ToList();
        var chunks = new List<StoredChunk>(ids.Count);
        // In pages: SQLite refuses a statement with hundreds of thousands of parameters.
        foreach (var page in ids.Chunk(ChunksPerRead))
        {
            chunks.AddRange(await store.GetChunksAsync(page, cancellationToken));
        }

        return chunks;
    }

    private HybridRetriever Variant(IKeywordSearch keywords, RetrievalMode mode) =>
        new(store, keywords, embedder, index, analyzer, matcher, Options.Create(search.Value.WithMode(mode)));

    private async Task<QuestionOutcome> AskAsync(EvalQuestion question, IRetriever retriever, CancellationToken cancellationToken)
    {
        // Retrievers take turns on each question; without this the first would pay for every sentence the others reuse.
        sentenceVectors.Clear();
        matcher.Forget();
        TimedAnswer timed;
        try
        {
            timed = await answers.AskAsync(question.Question, retriever, cancellationToken);
        }
        catch (InvalidQuestionException ex)
        {
            throw new FormatException($"Question {question.Id}: {ex.Message}", ex);
        }

        var answer = timed.Answer;
        var cited = answer.Citations.Select(c => c.ArticleId).ToList();
        var retrieved = timed.Retrieval.Passages.Select(p => p.Article.Id.Value).ToList();
        var top = timed.Retrieval.Passages.FirstOrDefault();
        return new QuestionOutcome(
            question.Id,
            question.Kind,
            question.Answerable,
            answer.Known,
            cited,
            retrieved,
            RankOfFirstExpected(question, cited),
            RankOfFirstExpected(question, retrieved),
            question.MustMention.Count == 0 ? null : question.MustMention.All(t => answer.Text.Contains(t, StringComparison.OrdinalIgnoreCase)),
            Math.Round(top?.Similarity ?? 0, 3),
            Math.Round(top?.Coverage ?? 0, 3),
            answer.Text,
            timed.Elapsed.TotalMilliseconds);
    }

    private static int? RankOfFirstExpected(EvalQuestion question, List<string> articleIds)
    {
        var index = articleIds.FindIndex(id => question.Expected.Contains(id, StringComparer.Ordinal));
        return index < 0 ? null : index + 1;
    }
}
