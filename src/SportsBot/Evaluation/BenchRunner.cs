using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;
using SportsBot.Hosting;
using SportsBot.Infrastructure.Embeddings;

namespace SportsBot.Evaluation;

/// <summary>
/// Measures this machine: first start on the knowledge folder, ingest throughput with the real model, and ask
/// latency by stage, disk size and memory as the store grows. Every phase uses the product's own host.
/// </summary>
public sealed class BenchRunner(IEmbeddingGenerator<string, Embedding<float>> generator, IOptions<EmbeddingsOptions> embeddings)
{
    private const string FirstQuestion = "Can Belarusian athletes compete at Paris 2024?";
    private const int Seed = 2024;

    public async Task<BenchReport> RunAsync(BenchSettings settings, Action<string> status, CancellationToken cancellationToken)
    {
        var embedder = new TimingEmbedder(new EmbeddingGeneratorEmbedder(generator, embeddings));
        var hosts = new BenchHosts(generator, embedder);

        status("loading the embedding model");
        var clock = Stopwatch.StartNew();
        await embedder.EmbedAsync(["warm up"], cancellationToken);
        var modelLoadMs = clock.Elapsed.TotalMilliseconds;

        FirstStartReport? firstStart = null;
        if (settings.KnowledgeDirectory is { } knowledge)
        {
            var db = Path.Combine(settings.WorkFolder, "start.db");
            status($"first start on {knowledge}: cold");
            var cold = await StartAsync(hosts, db, knowledge, cancellationToken);
            status("first start: warm (nothing changed)");
            var warm = await StartAsync(hosts, db, knowledge, cancellationToken);
            firstStart = new FirstStartReport(modelLoadMs, cold, warm, BenchHosts.DiskBytes(db));
        }

        var store = Path.Combine(settings.WorkFolder, "scale.db");
        status($"ingesting {settings.Articles} generated articles with the model");
        var ingest = await IngestAsync(hosts, embedder, store, settings.Articles, cancellationToken);

        var scales = new List<ScaleReport>();
        SoakReport? soak = null;
        var sizes = settings.Soak > 0 ? settings.Scales.Append(BenchSettings.SoakArticles).Distinct() : settings.Scales;
        foreach (var scale in sizes.Order())
        {
            status($"scale {scale:N0} articles: filling");
            var measured = await MeasureScaleAsync(hosts, store, scale, settings, ingest.Articles, cancellationToken);
            if (settings.Scales.Contains(scale))
            {
                scales.Add(measured);
            }

            if (scale == BenchSettings.SoakArticles && settings.Soak > 0)
            {
                status($"soak: {settings.Soak:N0} questions at {scale:N0} articles in one process");
                soak = await SoakAsync(hosts, store, settings.Soak, cancellationToken);
            }
        }

        var machine = new BenchMachine(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
        return new BenchReport(machine, firstStart, ingest, scales, soak);
    }

    private static async Task<StartReport> StartAsync(BenchHosts hosts, string db, string knowledge, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var host = await hosts.OpenAsync(db, knowledge, cancellationToken);
        var hostStart = clock.Elapsed;
        await host.Services.GetRequiredService<KnowledgeBootstrapper>().SyncAsync(null, cancellationToken);
        var sync = clock.Elapsed - hostStart;
        await host.Services.GetRequiredService<AnswerService>().AskAsync(FirstQuestion, cancellationToken);
        var total = clock.Elapsed;
        var articles = await host.Services.GetRequiredService<IKnowledgeStore>().CountAsync(cancellationToken);
        await host.StopAsync(cancellationToken);
        return new StartReport(articles, hostStart.TotalMilliseconds, sync.TotalMilliseconds, (total - hostStart - sync).TotalMilliseconds, total.TotalMilliseconds);
    }

    /// <summary>
    /// Ingests generated files the way <c>sportsbot ingest FOLDER</c> does, then gives the model alone the very
    /// batches it embedded, so the two can be compared in one process and one state of the machine.
    /// </summary>
    private async Task<IngestReport> IngestAsync(BenchHosts hosts, TimingEmbedder embedder, string db, int count, CancellationToken cancellationToken)
    {
        using var host = await hosts.OpenAsync(db, null, cancellationToken);
        var parser = host.Services.GetRequiredService<ArticleParser>();
        var pipeline = host.Services.GetRequiredService<IngestPipeline>();
        var corpus = new SyntheticCorpus(Seed);
        var files = Enumerable.Range(0, count).Select(i => (Name: $"bench-{i:D6}.md", Bytes: Encoding.UTF8.GetBytes(corpus.Markdown($"bench-{i:D6}")))).ToList();

        // The first article pays one-off costs (JIT, the first SQLite statements); it is not counted.
        await pipeline.IngestAsync(new IngestRequest(parser.Parse("warm-up.md", Encoding.UTF8.GetBytes(corpus.Markdown("bench-warm-up"))), "bench", "bench:warm-up"), cancellationToken);
        await pipeline.RemoveAsync(new ArticleId("bench-warm-up"), cancellationToken);

        embedder.Reset();
        embedder.RecordBatches = true;
        var items = files.Select(f => new IngestItem(f.Name, _ => Task.FromResult(new IngestRequest(parser.Parse(f.Name, f.Bytes), "bench", $"bench:{f.Name}")))).ToList();
        var clock = Stopwatch.StartNew();
        var outcomes = await host.Services.GetRequiredService<BatchIngest>().IngestAsync(items, null, null, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        embedder.RecordBatches = false;
        var chunks = outcomes.Sum(o => o.Result?.ChunkCount ?? 0);
        var model = embedder.Elapsed.TotalSeconds;
        var batches = embedder.Batches;
        await host.StopAsync(cancellationToken);

        var alone = new EmbeddingGeneratorEmbedder(generator, embeddings);
        clock.Restart();
        foreach (var batch in batches)
        {
            await alone.EmbedAsync(batch, cancellationToken);
        }

        var aloneSeconds = clock.Elapsed.TotalSeconds;
        return new IngestReport(count, chunks, batches.Sum(b => (long)b.Length), seconds, count / seconds, chunks / seconds, model, model / seconds,
            (seconds - model) * 1000 / count, aloneSeconds, aloneSeconds / seconds);
    }

    private static async Task<ScaleReport> MeasureScaleAsync(BenchHosts hosts, string db, int scale, BenchSettings settings, int modelArticles, CancellationToken cancellationToken)
    {
        ResetPeakMemory();
        var clock = Stopwatch.StartNew();
        using (var filling = await hosts.OpenAsync(db, null, cancellationToken))
        {
            await filling.Services.GetRequiredService<SyntheticFiller>().FillToAsync(scale, Seed + scale, null, cancellationToken);
            // A running bot appends each article's vectors as it stores it; the filler writes the store directly.
            await filling.Services.GetRequiredService<IVectorIndex>().EnsureCurrentAsync(cancellationToken);
            await filling.StopAsync(cancellationToken);
        }

        var fillSeconds = clock.Elapsed.TotalSeconds;
        var peakFilling = PeakWorkingSet();

        // The filler's batches of generated articles are the bench's, not the bot's: the answering peak starts here.
        ResetPeakMemory();

        // A freshly opened host, as after a restart: its first question maps the vector file and checks it against the store.
        using var host = await hosts.OpenAsync(db, null, cancellationToken);
        var answers = host.Services.GetRequiredService<AnswerService>();
        clock.Restart();
        await answers.AskAsync(FirstQuestion, cancellationToken);
        var firstAnswerMs = clock.Elapsed.TotalMilliseconds;
        // What a running bot does in the background after its start-up sync: the questions below are timed on
        // compiled answer rules, not on the one-off cost of compiling each kind's rules on its first question.
        await host.Services.GetRequiredService<AnswerWarmup>().WarmAsync(cancellationToken);

        var corpus = new SyntheticCorpus(Seed + 1);
        var timings = new List<(double Embedding, double Keyword, double Vector, double Fusion, double Answer, double Total)>();
        for (var i = 0; i < settings.Asks; i++)
        {
            var timed = await answers.AskAsync(i % 4 == 0 ? FirstQuestion : corpus.Question(), cancellationToken);
            var t = timed.Retrieval.Timings;
            var retrieval = t.Embedding + t.Keyword + t.Vector + t.Fusion;
            timings.Add((t.Embedding.TotalMilliseconds, t.Keyword.TotalMilliseconds, t.Vector.TotalMilliseconds, t.Fusion.TotalMilliseconds,
                (timed.Elapsed - retrieval).TotalMilliseconds, timed.Elapsed.TotalMilliseconds));
        }

        var articles = await host.Services.GetRequiredService<IKnowledgeStore>().CountAsync(cancellationToken);
        var chunks = host.Services.GetRequiredService<IVectorIndex>().Count;
        var peakAnswering = PeakWorkingSet();
        var recall = await VectorRecall.MeasureAsync(host, hosts, db, [.. Enumerable.Range(0, VectorRecall.Questions).Select(_ => corpus.Question())], cancellationToken);
        await host.StopAsync(cancellationToken);
        var botPeak = await BotProcessPeak.MeasureAsync(db, FirstQuestion, cancellationToken);

        StageLatency Stage(string name, Func<(double Embedding, double Keyword, double Vector, double Fusion, double Answer, double Total), double> pick)
        {
            var values = timings.Select(pick).ToList();
            return new StageLatency(name, Percentile.Of(values, 0.50), Percentile.Of(values, 0.95), Percentile.Of(values, 0.99));
        }

        return new ScaleReport(
            articles,
            chunks,
            Math.Min(modelArticles, articles),
            Math.Max(0, articles - modelArticles),
            fillSeconds,
            firstAnswerMs,
            settings.Asks,
            [
                Stage("query embedding", t => t.Embedding),
                Stage("keyword search", t => t.Keyword),
                Stage("vector search", t => t.Vector),
                Stage("fusion", t => t.Fusion),
                Stage("answer composition", t => t.Answer),
                Stage("total", t => t.Total),
            ],
            recall,
            BenchHosts.DiskBytes(db),
            botPeak,
            peakAnswering,
            peakFilling,
            GC.GetTotalMemory(forceFullCollection: false));
    }

    private static async Task<SoakReport> SoakAsync(BenchHosts hosts, string db, int questions, CancellationToken cancellationToken)
    {
        using var host = await hosts.OpenAsync(db, null, cancellationToken);
        var answers = host.Services.GetRequiredService<AnswerService>();
        var articles = await host.Services.GetRequiredService<IKnowledgeStore>().CountAsync(cancellationToken);
        var corpus = new SyntheticCorpus(Seed + 2);
        await answers.AskAsync(FirstQuestion, cancellationToken);
        var (workingSetStart, heapStart) = Memory();

        var elapsed = new List<double>(questions);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < questions; i++)
        {
            elapsed.Add((await answers.AskAsync(corpus.Question(), cancellationToken)).Elapsed.TotalMilliseconds);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var (workingSetEnd, heapEnd) = Memory();
        await host.StopAsync(cancellationToken);
        return new SoakReport(articles, questions, seconds, Percentile.Of(elapsed, 0.5), Percentile.Of(elapsed, 0.95), workingSetStart, workingSetEnd, heapStart, heapEnd);

        static (long WorkingSet, long Heap) Memory()
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            var process = Process.GetCurrentProcess();
            process.Refresh();
            return (process.WorkingSet64, heap);
        }
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Lets each scale report its own peak: Linux resets the high-water mark on request; elsewhere the peak is since start.</summary>
    private static void ResetPeakMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (OperatingSystem.IsLinux())
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Not allowed here: the peak then counts from the start of the process, which the report says.
            }
        }
    }
}
