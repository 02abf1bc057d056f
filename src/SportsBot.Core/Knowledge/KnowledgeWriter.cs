namespace SportsBot.Core.Knowledge;

/// <summary>
/// The one way this process adds, updates or removes articles: chat, feeds, the folder sync and <c>ingest</c> (one
/// article or a batch) all come through here, one change at a time. Without it two of them could both find the same id
/// free, or both miss the other's copy of a text, between checking and saving. Other processes are kept apart by the
/// store itself (unique ids and content hashes, checked inside its write transaction).
/// </summary>
public sealed class KnowledgeWriter(IngestPipeline pipeline) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => pipeline.IngestAsync(request, cancellationToken), cancellationToken);

    public Task<bool> RemoveAsync(ArticleId id, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => pipeline.RemoveAsync(id, cancellationToken), cancellationToken);

    /// <summary>
    /// The checking and storing step of an article prepared and embedded outside the lock (<see cref="BatchIngest"/>):
    /// the model's work for many articles need not hold up chat, while the duplicate checks, the choice of a free id
    /// and the write still happen one change at a time.
    /// </summary>
    internal Task<IngestResult> CompleteAsync(PreparedArticle prepared, CancellationToken cancellationToken) =>
        OneAtATimeAsync(() => pipeline.CompleteAsync(prepared, cancellationToken), cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<T> OneAtATimeAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await change();
        }
        finally
        {
            _gate.Release();
        }
    }
}
