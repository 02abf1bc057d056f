using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Evaluation;

/// <summary>
/// The textbook baseline: Lucene's BM25 with its English analyzer (stop words, Porter stems) over the same
/// chunks as the store, queried with the question's own words – no aliases, no query analysis of ours.
/// Title matches weigh half, as in the store's index.
/// </summary>
public sealed class LuceneKeywordSearch : IKeywordSearch, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string ChunkField = "chunk";
    private const string ArticleField = "article";
    private const string TitleField = "title";
    private const string TextField = "text";

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneKeywordSearch(IEnumerable<StoredChunk> chunks)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var chunk in chunks)
            {
                writer.AddDocument(new Document
                {
                    new Int64Field(ChunkField, chunk.Id.Value, Field.Store.YES),
                    new StringField(ArticleField, chunk.Article.Id.Value, Field.Store.YES),
                    new Lucene.Net.Documents.TextField(TitleField, chunk.Article.Title, Field.Store.NO),
                    new Lucene.Net.Documents.TextField(TextField, chunk.Chunk.Text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public Task<IReadOnlyList<KeywordHit>> SearchAsync(QueryAnalysis query, int limit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var terms = Analyze(query.Question);
        if (terms.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<KeywordHit>>([]);
        }

        var boolean = new BooleanQuery();
        foreach (var term in terms)
        {
            boolean.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
            boolean.Add(new TermQuery(new Term(TitleField, term)) { Boost = 0.5f }, Occur.SHOULD);
        }

        var top = _searcher.Search(boolean, limit);
        IReadOnlyList<KeywordHit> hits = [.. top.ScoreDocs.Select(hit =>
        {
            var doc = _searcher.Doc(hit.Doc);
            // KeywordHit follows SQLite's bm25(): lower is better.
            return new KeywordHit(new ChunkId(doc.GetField(ChunkField).GetInt64Value()!.Value), new ArticleId(doc.Get(ArticleField)), -hit.Score);
        })];
        return Task.FromResult(hits);
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return [.. terms.Distinct(StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
