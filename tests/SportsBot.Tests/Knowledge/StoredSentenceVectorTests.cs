using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Hosting;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Knowledge;

/// <summary>Sentences are embedded once, at ingest; an answer looks their vectors up instead of running the model on them.</summary>
public sealed class StoredSentenceVectorTests
{
    private const string Question = "Is Russia suspended from ice hockey?";

    [Fact]
    public async Task An_answer_embeds_only_the_question_when_its_sources_sentences_were_stored_at_ingest()
    {
        var model = new CountingEmbedder();
        await using var host = await TestHost.StartAsync(null, configure: s => s.AddSingleton<IEmbedder>(model));
        var draft = host.Get<ArticleParser>().Parse("ban.md", Encoding.UTF8.GetBytes(Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody)));
        await host.Get<IngestPipeline>().IngestAsync(new IngestRequest(draft, "test", "test:ban"), CancellationToken.None);

        model.Reset();
        var timed = await host.Get<AnswerService>().AskAsync(Question, CancellationToken.None);

        Assert.True(timed.Answer.Known);
        Assert.Contains("suspended", timed.Answer.Text, StringComparison.Ordinal);
        Assert.Equal(1, model.Texts);
    }

    [Fact]
    public async Task A_store_from_before_sentence_vectors_gets_them_at_start_and_answers_the_same()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage:DatabasePath"] = folder.File("kb.db") };
        string expected;
        await using (var old = await TestHost.StartAsync(null, settings))
        {
            // As an older version stored it: the article, its chunks and their vectors, no sentence vectors.
            var pipeline = old.Get<IngestPipeline>();
            var draft = old.Get<ArticleParser>().Parse("ban.md", Encoding.UTF8.GetBytes(Articles.Markdown("IIHF suspends Russia and Belarus", "2022-02-28", Articles.BanBody)));
            var article = (await pipeline.IngestAsync(new IngestRequest(draft, "test", "test:ban"), CancellationToken.None)).Article;
            var store = old.Get<IKnowledgeStore>();
            var chunks = (await store.GetChunkVectorsAsync(article.Id, old.Get<IEmbedder>().ModelName, CancellationToken.None))
                .Select(c => new EmbeddedChunk(c.Chunk.Chunk, c.Vector, old.Get<IEmbedder>().ModelName)).ToList();
            await store.SaveAsync(article, chunks, [], CancellationToken.None);
            await old.Get<IVectorIndex>().StoreChangedAsync(CancellationToken.None);
            expected = (await old.Get<AnswerService>().AskAsync(Question, CancellationToken.None)).Answer.Text;
        }

        var model = new CountingEmbedder();
        await using var restarted = await TestHost.StartAsync(null, settings, s => s.AddSingleton<IEmbedder>(model));
        var progress = new List<IngestProgress>();
        await restarted.Get<KnowledgeBootstrapper>().SyncAsync(new InlineProgress(progress.Add), CancellationToken.None);

        model.Reset();
        var timed = await restarted.Get<AnswerService>().AskAsync(Question, CancellationToken.None);

        Assert.Contains(progress, p => p.Current.StartsWith("embedding sentences", StringComparison.Ordinal));
        Assert.Equal(1, model.Texts);
        Assert.Equal(expected, timed.Answer.Text);
    }

    [Fact]
    public async Task A_line_that_many_articles_repeat_is_found_with_its_vector_and_a_sentence_never_stored_is_not()
    {
        const string Model = "test-model";
        const string Credit = "Reporting by the wire service; editing by the sports desk.";
        const string Own = "The federation confirmed the suspension on Monday morning.";
        await using var host = await TestHost.StartAsync(null);
        var store = host.Get<IKnowledgeStore>();
        float[] credit = Unit(1), own = Unit(2);
        for (var i = 0; i < 3; i++)
        {
            var body = i == 0 ? $"{Own} {Credit}" : $"Story {i}. {Credit}";
            var article = new Article(new ArticleId($"a{i}"), $"a{i}", null, "Test Gazette", null, DateTimeOffset.UnixEpoch, "test", "en", body, $"a{i}", "test", null);
            List<EmbeddedSentence> sentences = i == 0 ? [new(Own, own, Model), new(Credit, credit, Model)] : [new(Credit, credit, Model)];
            await store.SaveAsync(article, [new EmbeddedChunk(new Chunk(article.Id, 0, body), Unit(3), Model)], sentences, CancellationToken.None);
        }

        var found = await store.FindSentenceVectorsAsync([Credit, Own, "A sentence no article holds."], Model, CancellationToken.None);

        Assert.Equal([Credit, Own], found.Keys.Order().ToArray());
        Assert.Equal(1f, found[Credit][1], 0.01f);
        Assert.Equal(1f, found[Own][2], 0.01f);
    }

    /// <summary>A unit vector along one axis: which stored vector came back is plain to see.</summary>
    private static float[] Unit(int axis)
    {
        var v = new float[384];
        v[axis] = 1;
        return v;
    }

    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
