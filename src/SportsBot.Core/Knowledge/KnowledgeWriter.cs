namespace SportsBot.Core.Knowledge;

/// <summary>
/// The one way this process adds, updates or removes articles: chat, feeds, the folder sync and <c>ingest</c> all
/// come through here, one change at a time. Without it two of them could both find the same id free, or both miss
/// the other's copy of a text, between checking and saving. Other processes are kept apart by the store itself
/// (unique ids and content hashes, checked inside its write transaction).
/// </summary>
public sealed class KnowledgeWriter(IngestPipeline pipeline) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IngestResult> IngestAsync(IngestRequest request, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await pipeline.IngestAsync(request, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> RemoveAsync(ArticleId id, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await pipeline.RemoveAsync(id, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
