using System.Diagnostics;
using SportsBot.Core.Knowledge;

namespace SportsBot.Evaluation;

/// <summary>Passes every call to the real embedder and adds up the time spent inside it, so bench can say what share of ingest is the model.</summary>
public sealed class TimingEmbedder(IEmbedder inner) : IEmbedder
{
    private long _ticks;
    private long _texts;

    public string ModelName => inner.ModelName;

    public int Dimensions => inner.Dimensions;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    public long Texts => Interlocked.Read(ref _texts);

    public void Reset()
    {
        Interlocked.Exchange(ref _ticks, 0);
        Interlocked.Exchange(ref _texts, 0);
    }

    public Task<float[]> EmbedQueryAsync(string question, CancellationToken cancellationToken) => inner.EmbedQueryAsync(question, cancellationToken);

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await inner.EmbedAsync(texts, cancellationToken);
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
            Interlocked.Add(ref _texts, texts.Count);
        }
    }
}
