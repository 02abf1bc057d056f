using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SportsBot.Hosting;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Embeddings;

/// <summary>Vectors record the model that made them; a new model re-embeds the stored chunks at start.</summary>
public sealed class EmbeddingModelChangeTests : IDisposable
{
    private const string OriginalModel = "MiniLM:all-MiniLM-L6-v2";
    private const string RenamedModel = "MiniLM:renamed-minilm";

    private readonly TempFolder _folder = new();

    public EmbeddingModelChangeTests()
    {
        _folder.Write("knowledge/wimbledon.md", """
            ---
            title: Wimbledon readmits Russian and Belarusian players as neutrals
            published: 2023-03-31
            source: Example Sports Daily
            ---
            The All England Club said on 31 March 2023 that Russian and Belarusian players may enter Wimbledon as neutral athletes, reversing the ban it imposed for the 2022 Championships.
            """);
        _folder.Write("knowledge/hockey.md", """
            ---
            title: Ice hockey federation keeps Russian and Belarusian teams out for another season
            published: 2024-02-10
            source: Example Sports Daily
            ---
            The international ice hockey federation extended its suspension of Russian and Belarusian national teams and clubs for the 2024/25 season, citing the safety of players, officials and spectators.
            """);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Changing_the_embedding_model_re_embeds_every_stored_chunk_at_start_with_progress()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = _folder.File("kb.db"),
            ["Knowledge:Directory"] = _folder.File("knowledge"),
            ["Knowledge:SyncOnStart"] = "true",
        };

        int chunkCount;
        await using (var first = await TestHost.StartAsync(_folder.File("knowledge"), settings))
        {
            chunkCount = (await first.Get<IKnowledgeStore>().LoadVectorsAsync(OriginalModel, CancellationToken.None)).Count;
        }

        Assert.True(chunkCount >= 2);
        var renamed = new RenamedEmbeddingGenerator(SharedModel.Generator, "renamed-minilm");
        await using var second = await TestHost.StartAsync(null, settings, services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(renamed));
        var progress = new List<IngestProgress>();
        var report = await second.Get<KnowledgeBootstrapper>().SyncAsync(new InlineProgress(progress.Add), CancellationToken.None);

        var store = second.Get<IKnowledgeStore>();
        Assert.Equal(chunkCount, (await store.LoadVectorsAsync(RenamedModel, CancellationToken.None)).Count);
        Assert.Empty(await store.LoadVectorsAsync(OriginalModel, CancellationToken.None));
        Assert.Contains(progress, p => p.Total == chunkCount && p.Current.Contains(RenamedModel, StringComparison.Ordinal));
        Assert.False(report!.ChangedAnything);

        var timed = await second.Get<AnswerService>().AskAsync("Can Russian players enter Wimbledon?", CancellationToken.None);
        Assert.True(timed.Answer.Known);
        Assert.Equal("wimbledon", timed.Answer.Citations[0].ArticleId);
        Assert.True(timed.Retrieval.Passages[0].Similarity > 0.3);

        // A second start with the same model has nothing to redo.
        var callsBefore = renamed.Calls;
        Assert.Equal(0, await second.Get<EmbeddingRefresher>().RefreshAsync(null, CancellationToken.None));
        Assert.Equal(callsBefore, renamed.Calls);
    }

    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
