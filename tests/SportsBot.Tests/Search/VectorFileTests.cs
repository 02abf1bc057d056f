using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Vectors;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Search;

/// <summary>
/// The vector index is a file next to the database, derived from the vectors the store keeps: quantised, opened
/// without copying, rebuilt when it does not match the store.
/// </summary>
public sealed class VectorFileTests
{
    private const string Model = "test-model";
    private const int Dimensions = 384;

    [Fact]
    public async Task Int8_search_returns_the_same_top_hits_as_float32_on_a_small_corpus()
    {
        var random = new Random(11);
        var vectors = Enumerable.Range(0, 400).Select(_ => RandomUnit(random)).ToList();
        var queries = Enumerable.Range(0, 30).Select(_ => RandomUnit(random)).ToList();

        await using var int8 = await StoreWithAsync(vectors, VectorPrecision.Int8);
        await using var float32 = await StoreWithAsync(vectors, VectorPrecision.Float32);

        var sameFirst = 0;
        foreach (var query in queries)
        {
            var exact = float32.Get<IVectorIndex>().Search(query, 5);
            var quantised = int8.Get<IVectorIndex>().Search(query, 5);
            sameFirst += exact[0].ChunkId == quantised[0].ChunkId ? 1 : 0;
            Assert.Contains(quantised[0].ChunkId, exact.Take(2).Select(h => h.ChunkId));
            Assert.True(exact.Select(h => h.ChunkId).Intersect(quantised.Select(h => h.ChunkId)).Count() >= 4, "top 5 nearly the same");
            Assert.All(quantised, h => Assert.Equal(float32.Get<IVectorIndex>().GetVector(h.ChunkId)!.Zip(query, (a, b) => a * b).Sum(), h.Similarity, 0.003f));
        }

        // Random vectors crowd together far more than passages do; even so the nearest is nearly always the same.
        Assert.True(sameFirst >= queries.Count - 2, $"same nearest for {sameFirst} of {queries.Count}");
    }

    [Fact]
    public async Task A_removed_article_is_never_returned_and_its_vectors_are_gone_from_the_count()
    {
        var random = new Random(3);
        await using var host = await StoreWithAsync([.. Enumerable.Range(0, 20).Select(_ => RandomUnit(random))], VectorPrecision.Int8);
        var index = host.Get<IVectorIndex>();
        var target = index.Search(RandomUnit(random), 1)[0];

        await host.Get<IKnowledgeStore>().RemoveAsync(target.ArticleId, CancellationToken.None);
        await index.StoreChangedAsync(CancellationToken.None);

        Assert.Equal(19, index.Count);
        Assert.Null(index.GetVector(target.ChunkId));
        Assert.DoesNotContain(index.Search(index.GetVector(new ChunkId(target.ChunkId.Value == 1 ? 2 : 1))!, 20), h => h.ArticleId == target.ArticleId);
    }

    [Fact]
    public async Task A_stale_or_damaged_vector_file_is_rebuilt_from_the_store_at_the_next_start()
    {
        var random = new Random(5);
        var vectors = Enumerable.Range(0, 50).Select(_ => RandomUnit(random)).ToList();
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:DatabasePath"] = folder.File("kb.db") };

        ChunkId nearest;
        await using (var first = await StoreWithAsync(vectors, VectorPrecision.Int8, settings))
        {
            nearest = first.Get<IVectorIndex>().Search(vectors[7], 1)[0].ChunkId;
        }

        // Another writer added chunks and removed some while the file was not kept up, and its header is damaged.
        await using (var writer = await TestHost.StartAsync(null, settings, UseTestModel))
        {
            await SaveAsync(writer.Get<IKnowledgeStore>(), "late", RandomUnit(random));
            await writer.Get<IKnowledgeStore>().RemoveAsync(new ArticleId("a0"), CancellationToken.None);
        }

        var path = folder.File("kb.db") + ".vectors";
        var bytes = File.ReadAllBytes(path);
        bytes[40] ^= 0x55;
        File.WriteAllBytes(path, bytes);

        await using var restarted = await TestHost.StartAsync(null, settings, UseTestModel);
        var index = restarted.Get<IVectorIndex>();
        await index.EnsureCurrentAsync(CancellationToken.None);

        Assert.Equal(50, index.Count);
        Assert.Equal(nearest, index.Search(vectors[7], 1)[0].ChunkId);
        Assert.DoesNotContain(index.Search(vectors[0], 50), h => h.ArticleId.Value == "a0");
    }

    [Fact]
    public async Task A_file_made_for_another_model_is_never_searched()
    {
        var random = new Random(9);
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:DatabasePath"] = folder.File("kb.db") };
        await using (await StoreWithAsync([RandomUnit(random), RandomUnit(random)], VectorPrecision.Int8, settings))
        {
        }

        await using var host = await TestHost.StartAsync(null, settings);
        var index = host.Get<IVectorIndex>();
        await index.EnsureCurrentAsync(CancellationToken.None);

        // The host's model is MiniLM; the stored vectors were made by "test-model".
        Assert.Equal(0, index.Count);
        Assert.Empty(index.Search(RandomUnit(random, 384), 5));
    }

    [Fact]
    public async Task A_large_store_is_searched_through_its_codes_and_still_finds_every_close_passage()
    {
        var random = new Random(17);
        var (vectors, centres) = Clusters(random, clusters: 30, members: 20);

        // 40 candidates: past 320 stored vectors only the closest codes are scored.
        await using var host = await StoreWithAsync(vectors, VectorPrecision.Int8, new() { ["Knowledge:Search:VectorCandidates"] = "40" });
        var index = host.Get<MappedVectorIndex>();
        Assert.True(index.CodeBytes > 0, "a store past eight times the candidates is searched through codes");

        foreach (var c in new[] { 0, 7, 13, 29 })
        {
            var found = index.Search(Near(centres[c], random), 20).Select(h => h.ArticleId.Value).ToHashSet();
            Assert.Equal(Enumerable.Range(c * 20, 20).Select(i => $"a{i}").ToHashSet(), found);
        }
    }

    [Fact]
    public async Task A_store_searched_through_codes_finds_a_passage_added_later_and_never_a_removed_one()
    {
        var random = new Random(19);
        var (vectors, centres) = Clusters(random, clusters: 30, members: 20);
        await using var host = await StoreWithAsync(vectors, VectorPrecision.Int8, new() { ["Knowledge:Search:VectorCandidates"] = "10" });
        var index = host.Get<MappedVectorIndex>();
        var store = host.Get<IKnowledgeStore>();

        var fresh = RandomUnit(random);
        await SaveAsync(store, "late", fresh);
        for (var i = 1; i < 20; i++)
        {
            await store.RemoveAsync(new ArticleId($"a{i}"), CancellationToken.None);
        }

        await index.StoreChangedAsync(CancellationToken.None);

        // Of the 10 closest codes to the first cluster, 19 removed members could take every place.
        Assert.True(index.CodeBytes > 0);
        Assert.Equal("late", index.Search(Near(fresh, random), 1)[0].ArticleId.Value);
        var nearFirstCluster = index.Search(Near(centres[0], random), 5);
        Assert.Equal("a0", nearFirstCluster[0].ArticleId.Value);
        Assert.Equal(5, nearFirstCluster.Count);
        Assert.DoesNotContain(nearFirstCluster, h => h.ArticleId.Value is not "a0" && h.ArticleId.Value.StartsWith('a') && int.Parse(h.ArticleId.Value[1..]) < 20);
    }

    [Fact]
    public async Task A_small_store_scores_every_vector()
    {
        var random = new Random(23);
        await using var host = await StoreWithAsync([.. Enumerable.Range(0, 50).Select(_ => RandomUnit(random))], VectorPrecision.Int8);

        Assert.Equal(0, host.Get<MappedVectorIndex>().CodeBytes);
    }

    /// <summary>Passages on the same matter lie close together; each cluster is a centre and members near it.</summary>
    private static (List<float[]> Vectors, List<float[]> Centres) Clusters(Random random, int clusters, int members)
    {
        var centres = Enumerable.Range(0, clusters).Select(_ => RandomUnit(random)).ToList();
        return ([.. centres.SelectMany(c => Enumerable.Range(0, members).Select(_ => Near(c, random)))], centres);
    }

    private static float[] Near(float[] centre, Random random) => Unit([.. centre.Zip(RandomUnit(random), (c, n) => c + (0.5f * n))]);

    private static async Task<TestHost> StoreWithAsync(IReadOnlyList<float[]> vectors, VectorPrecision precision, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["Knowledge:Search:VectorPrecision"] = precision.ToString() };
        var host = await TestHost.StartAsync(null, all, UseTestModel);
        var store = host.Get<IKnowledgeStore>();
        for (var i = 0; i < vectors.Count; i++)
        {
            await SaveAsync(store, $"a{i}", vectors[i]);
        }

        await host.Get<IVectorIndex>().StoreChangedAsync(CancellationToken.None);
        return host;
    }

    private static void UseTestModel(IServiceCollection services) => services.AddSingleton<IEmbedder>(new NamedEmbedder());

    private static Task SaveAsync(IKnowledgeStore store, string id, float[] vector)
    {
        var body = $"Article {id} says something about sport.";
        var article = new Article(new ArticleId(id), id, null, "Test Gazette", null, DateTimeOffset.UnixEpoch, "test", "en", body, id, "test", null);
        return store.SaveAsync(article, [new EmbeddedChunk(new Chunk(article.Id, 0, body), vector, Model)], [], CancellationToken.None);
    }

    private static float[] RandomUnit(Random random, int dimensions = Dimensions)
    {
        return Unit([.. Enumerable.Range(0, dimensions).Select(_ => (float)random.NextDouble() - 0.5f)]);
    }

    private static float[] Unit(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }

    /// <summary>Names the stored vectors' model; these tests write vectors themselves and never embed text.</summary>
    private sealed class NamedEmbedder : IEmbedder
    {
        public string ModelName => Model;

        public int Dimensions => VectorFileTests.Dimensions;

        public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<float[]> EmbedQueryAsync(string question, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
