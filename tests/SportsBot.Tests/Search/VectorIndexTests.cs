using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Tests.Search;

public sealed class VectorIndexTests
{
    private static float[] Unit(params float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }

    [Fact]
    public void Search_returns_the_k_nearest_vectors_best_first()
    {
        var index = new VectorIndex();
        index.Add(new ChunkId(1), new ArticleId("a"), Unit(1, 0, 0));
        index.Add(new ChunkId(2), new ArticleId("b"), Unit(1, 1, 0));
        index.Add(new ChunkId(3), new ArticleId("c"), Unit(0, 0, 1));
        index.Add(new ChunkId(4), new ArticleId("d"), Unit(1, 0.1f, 0));

        var hits = index.Search(Unit(1, 0, 0), k: 3);

        Assert.Equal([1L, 4L, 2L], hits.Select(h => h.ChunkId.Value));
        Assert.Equal(1f, hits[0].Similarity, 3);
    }

    [Fact]
    public void The_nearest_to_each_of_several_queries_matches_a_search_per_query()
    {
        var index = new VectorIndex();
        var random = new Random(7);
        float[] RandomUnit() => Unit([.. Enumerable.Range(0, 16).Select(_ => (float)random.NextDouble() - 0.5f)]);
        for (var i = 1; i <= 200; i++)
        {
            index.Add(new ChunkId(i), new ArticleId($"a{i % 20}"), RandomUnit());
        }

        index.RemoveArticle(new ArticleId("a3"));
        float[][] queries = [RandomUnit(), RandomUnit(), RandomUnit()];

        var together = index.NearestToEach(queries);

        Assert.Equal(queries.Select(q => index.Search(q, 1)[0].ChunkId), together.Select(h => h!.Value.ChunkId));
        Assert.DoesNotContain(together, h => h!.Value.ArticleId.Value == "a3");
    }

    [Fact]
    public void An_empty_index_has_no_nearest_vector()
    {
        Assert.Equal([null], new VectorIndex().NearestToEach([Unit(1, 0)]));
    }

    [Fact]
    public void Removed_articles_are_never_returned()
    {
        var index = new VectorIndex();
        index.Add(new ChunkId(1), new ArticleId("a"), Unit(1, 0));
        index.Add(new ChunkId(2), new ArticleId("b"), Unit(0.9f, 0.1f));

        index.RemoveArticle(new ArticleId("a"));

        Assert.Equal(2L, Assert.Single(index.Search(Unit(1, 0), k: 5)).ChunkId.Value);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_vector_of_the_wrong_size_is_refused()
    {
        var index = new VectorIndex();
        index.Add(new ChunkId(1), new ArticleId("a"), Unit(1, 0, 0));

        Assert.Throws<ArgumentException>(() => index.Add(new ChunkId(2), new ArticleId("b"), Unit(1, 0)));
    }
}
