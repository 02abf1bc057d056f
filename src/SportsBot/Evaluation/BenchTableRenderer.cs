using System.Globalization;
using System.Text;
using SportsBot.Core.Answering;

namespace SportsBot.Evaluation;

/// <summary>The bench report as Markdown tables.</summary>
public static class BenchTableRenderer
{
    public static string Render(BenchReport report)
    {
        var text = new StringBuilder();
        var m = report.Machine;
        text.Append(Invariant($"Machine: {m.Cores} cores, {m.Os}, {m.Runtime}.\n\n"));

        if (report.FirstStart is { } start)
        {
            text.Append(Invariant($"First start on the knowledge folder ({start.Cold.Articles} articles); a new process also loads the model once ({start.ModelLoadMs:F0} ms):\n\n"));
            var table = new MarkdownTable("start", "host ms", "sync ms", "first answer ms", "total ms");
            table.Add("cold (empty store)", Ms(start.Cold.HostStartMs), Ms(start.Cold.SyncMs), Ms(start.Cold.FirstAnswerMs), Ms(start.Cold.TotalMs));
            table.Add("warm (nothing changed)", Ms(start.Warm.HostStartMs), Ms(start.Warm.SyncMs), Ms(start.Warm.FirstAnswerMs), Ms(start.Warm.TotalMs));
            text.Append(table).Append(Invariant($"\nStore size: {Mb(start.DiskBytes)} MB.\n\n"));
        }

        var i = report.Ingest;
        text.Append("Ingest with the real model (generated articles as files, as `ingest FOLDER` reads them; parse, normalise, dedupe, chunk, embed chunks and sentences, store), against the model alone on the same texts in the same batches:\n\n");
        text.Append(new MarkdownTable("articles", "chunks", "texts embedded", "seconds", "articles/s", "chunks/s", "time in model", "other ms/article", "model alone s", "throughput vs model")
            .Add(Count(i.Articles), Count(i.Chunks), Count((int)i.Texts), i.Seconds.ToString("F1", CultureInfo.InvariantCulture), i.ArticlesPerSecond.ToString("F1", CultureInfo.InvariantCulture),
                i.ChunksPerSecond.ToString("F1", CultureInfo.InvariantCulture), i.ModelShare.ToString("P0", CultureInfo.InvariantCulture), i.OtherMsPerArticle.ToString("F1", CultureInfo.InvariantCulture),
                i.ModelAloneSeconds.ToString("F1", CultureInfo.InvariantCulture), i.ThroughputVsModel.ToString("F2", CultureInfo.InvariantCulture)));

        if (report.Scales.Count > 0)
        {
            text.Append("\nAsk latency in ms, p50 / p95 / p99 (hybrid retrieval and the extractive answer):\n\n");
            var stages = report.Scales[0].Stages.Select(s => s.Stage).ToArray();
            var latency = new MarkdownTable(["articles", "chunks", .. stages, "vector recall"]);
            foreach (var s in report.Scales)
            {
                latency.Add([Count(s.Articles), Count(s.Chunks), .. s.Stages.Select(st => Invariant($"{st.P50Ms:F1} / {st.P95Ms:F1} / {st.P99Ms:F1}")),
                    s.VectorRecall is { } recall ? recall.ToString("F3", CultureInfo.InvariantCulture) : "exact"]);
            }

            text.Append(latency);
            text.Append("\nSize and memory:\n\n");
            var size = new MarkdownTable("articles", "model-embedded", "synthetic", "fill s", "first answer ms", "disk MB", "bot peak MB", "bench peak answering MB", "bench peak filling MB", "managed heap MB");
            foreach (var s in report.Scales)
            {
                size.Add(Count(s.Articles), Count(s.ModelArticles), Count(s.SyntheticArticles), s.FillSeconds.ToString("F0", CultureInfo.InvariantCulture),
                    Ms(s.FirstAnswerMs), Mb(s.DiskBytes), s.BotPeakBytes is { } bot ? Mb(bot) : "n/a", Mb(s.BenchAnsweringPeakBytes), Mb(s.BenchFillingPeakBytes), Mb(s.ManagedHeapBytes));
            }

            text.Append(size);
            text.Append("\nSynthetic articles are generated text with random unit vectors written straight to the store, without the model; ")
                .Append("search cost does not depend on where vectors came from (quality is eval's job). ")
                .Append(Invariant($"Vector recall: the share of the exact scan's top hits that vector search returned for {VectorRecall.Questions} generated questions, where a large store is searched through one-bit codes (\"exact\": every vector scored); random vectors crowd together far more than passages do, so passages fare at least as well. "))
                .Append("First answer: the first question of a freshly started host on the store, as after a restart (it maps the vector file and checks it against the store). ")
                .Append("Bot peak: a bot started on the store in a process of its own answering one question (`ask`), model loaded: what a server needs. ")
                .Append("Bench peaks: the bench's own process answering the questions below and writing the synthetic articles; it still holds native memory from its earlier phases. ")
                .Append(Invariant($"Each scale: {report.Scales[0].Asks} questions after it, once the host has answered the {AnswerWarmup.Questions.Count} warm-up questions a running bot answers in the background after its start-up sync (one of each kind; the first question of a kind otherwise pays 100–450 ms to compile its rules).\n"));
        }

        if (report.Soak is { } soak)
        {
            text.Append(Invariant($"\nLong run: {soak.Questions:N0} questions in one process at {soak.Articles:N0} articles ({soak.Seconds:F0} s; p50 {soak.P50Ms:F1} ms, p95 {soak.P95Ms:F1} ms):\n\n"));
            text.Append(new MarkdownTable("", "working set MB", "managed heap MB (after full GC)")
                .Add("start", Mb(soak.WorkingSetStartBytes), Mb(soak.HeapStartBytes))
                .Add("end", Mb(soak.WorkingSetEndBytes), Mb(soak.HeapEndBytes)));
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Ms(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);
}
