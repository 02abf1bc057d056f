using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Embeddings;
using SportsBot.Infrastructure.Storage;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

public sealed class SentenceVectorCacheTests : IDisposable
{
    private static readonly IEmbedder Model = new EmbeddingGeneratorEmbedder(SharedModel.Generator, Microsoft.Extensions.Options.Options.Create(new EmbeddingsOptions()));

    private readonly TempFolder _folder = new();
    private readonly SqliteDatabase _db;
    private readonly IKnowledgeStore _store;

    // A real, empty store: none of these sentences were stored at ingest, so every one is looked up, then embedded.
    public SentenceVectorCacheTests()
    {
        _db = new SqliteDatabase(Options.Create(new StorageOptions { DatabasePath = _folder.File("kb.db") }));
        _store = new SqliteKnowledgeStore(_db);
    }

    public void Dispose()
    {
        _db.Dispose();
        _folder.Dispose();
    }

    private static string[] Sentences(string topic, int count) =>
        [.. Enumerable.Range(1, count).Select(i => $"The {topic} federation said on day {i} that neutral athletes may compete.")];

    [Fact]
    public async Task A_call_that_overflows_the_cache_still_gets_every_vector_it_asked_for()
    {
        using var cache = new SentenceVectorCache(Model, _store, capacity: 10);
        var earlier = Sentences("fencing", 8);
        await cache.EmbedAsync(earlier, CancellationToken.None);

        // Eight cached sentences and six new ones: more than the cache holds, in one call.
        string[] asked = [.. earlier, .. Sentences("hockey", 6)];
        var vectors = await cache.EmbedAsync(asked, CancellationToken.None);

        var direct = await Model.EmbedAsync(asked, CancellationToken.None);
        Assert.Equal(asked.Length, vectors.Length);
        for (var i = 0; i < asked.Length; i++)
        {
            Assert.Equal(direct[i], vectors[i], (a, b) => Math.Abs(a - b) < 1e-4f);
        }
    }

    [Fact]
    public async Task Many_questions_at_once_on_a_small_cache_all_get_their_vectors()
    {
        using var cache = new SentenceVectorCache(Model, _store, capacity: 12);

        var calls = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => Task.Run(() => cache.EmbedAsync(Sentences($"sport {n}", 5), CancellationToken.None))));

        Assert.All(calls, vectors => Assert.All(vectors, v => Assert.Equal(384, v.Length)));
    }
}
