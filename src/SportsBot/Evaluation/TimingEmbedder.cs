using System.Diagnostics;
using SportsBot.Core.Knowledge;

namespace SportsBot.Evaluation;

/// <summary>Passes every call to the real embedder and adds up the time spent inside it, so bench can say what share of ingest is the model.</summary>
public sealed class TimingEmbedder(IEmbedder inner) : IEmbedder
{
    private readonly List<string[]> _batches = [];
    private long _ticks;
    private long _texts;

    public string ModelName => inner.ModelName;

    public int Dimensions => inner.Dimensions;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    public long Texts => Interlocked.Read(ref _texts);

    /// <summary>Keep every batch (ingest only: a long run of questions must not grow the bench's own memory).</summary>
    public bool RecordBatches { get; set; }

    /// <summary>Every batch since <see cref="Reset"/> while recording, so the same work can be given to the model alone.</summary>
    public IReadOnlyList<string[]> Batches
    {
        get
        {
            lock (_batches)
            {
                return [.. _batches];
            }
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _ticks, 0);
        Interlocked.Exchange(ref _texts, 0);
        lock (_batches)
        {
            _batches.Clear();
        }
    }

    public Task<float[]> EmbedQueryAsync(string question, CancellationToken cancellationToken) => inner.EmbedQueryAsync(question, cancellationToken);

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (RecordBatches)
        {
            lock (_batches)
            {
                _batches.Add([.. texts]);
            }
        }

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
