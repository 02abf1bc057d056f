using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SportsBot.Core;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Hosting;

/// <summary>Brings the store up to date with the knowledge folder before the first question is answered.</summary>
public sealed class KnowledgeBootstrapper(
    KnowledgeFolderSync sync,
    EmbeddingRefresher embeddings,
    IVectorIndex index,
    IEmbedder embedder,
    IOptions<KnowledgeOptions> options,
    ILogger<KnowledgeBootstrapper> logger)
{
    private readonly TaskCompletionSource _synced = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the start-up sync has ended, however it ended: what waits for it needs a store to read, not a complete one.</summary>
    public Task Synced => _synced.Task;

    public async Task<FolderSyncReport?> SyncAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            // Before the sync: unchanged files are skipped by it, yet their chunks need vectors from the current model.
            await embeddings.RefreshAsync(progress, cancellationToken);
            var report = await SyncFolderAsync(progress, cancellationToken);

            // Bring the vector file up to date and run the model once now, so the first question pays for neither. The runtime
            // prepares itself on the first batch of real size, so the warm-up is shaped like an answer's sentences.
            await index.EnsureCurrentAsync(cancellationToken);
            await embedder.EmbedAsync([.. Enumerable.Repeat(WarmUpSentence, 12)], cancellationToken);
            return report;
        }
        finally
        {
            _synced.TrySetResult();
        }
    }

    private const string WarmUpSentence =
        "The federation said on Tuesday that athletes with neutral status may take part in its events under strict conditions, after a review of the earlier suspension by its executive board.";

    private async Task<FolderSyncReport?> SyncFolderAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        if (!options.Value.SyncOnStart)
        {
            return null;
        }

        var folder = ResolveFolder(options.Value.Directory);
        if (folder is null)
        {
            logger.LogWarning("Knowledge folder {Folder} not found; answering from the store alone", options.Value.Directory);
            return null;
        }

        var report = await sync.SyncAsync(folder, progress, cancellationToken);
        foreach (var failure in report.Failures)
        {
            logger.LogWarning("Knowledge folder: {Failure}", failure);
        }

        if (report.ChangedAnything)
        {
            logger.LogInformation("Knowledge folder {Folder} synced: {Report}", folder, report);
        }

        return report;
    }

    /// <summary>A relative folder is looked for in the working directory, then next to the program (the build copies knowledge/ there).</summary>
    public static string? ResolveFolder(string configured) => ProgramFolder.Resolve(configured);
}
