using Microsoft.Extensions.Logging;
using SportsBot.Core.Search;
using SportsBot.Infrastructure.Storage;

namespace SportsBot.Infrastructure.Vectors;

/// <summary>
/// Brings a <see cref="VectorFile"/> in step with the store: replays the removal log, appends newer chunks, and
/// rebuilds the file from the store when there is none, it was made otherwise, or it disagrees with the store.
/// The caller holds the file lock and keeps readers out.
/// </summary>
internal sealed class VectorFileSync(SqliteDatabase db, string path, VectorPrecision precision, int modelDimensions, ILogger logger)
{
    private const int ReadBatch = 4096;

    /// <param name="file">The file this process has open; null if none.</param>
    /// <param name="reopen">Open the file at the path afresh (first use, after an invalidation, or another process rebuilt it).</param>
    /// <returns>The file to use from now on; null while the store holds no vector and the model does not say its size.</returns>
    public VectorFile? Sync(VectorFile? file, string model, bool reopen, bool checkCount, CancellationToken cancellationToken)
    {
        if (reopen || file is null || VectorFile.GenerationAt(path) != file.Generation)
        {
            file?.Dispose();
            file = VectorFile.TryOpen(path, model, precision);
            checkCount = true;
        }

        if (file is null)
        {
            return Rebuild(model, cancellationToken);
        }

        file.Refresh();
        ApplyRemovals(file);
        CatchUp(file, model, cancellationToken);
        file.Commit();
        if (checkCount && file.Live != db.Use(c => c.ExecuteScalar<long>("SELECT count(*) FROM chunks WHERE Model = ?", model)))
        {
            logger.LogInformation("Vector file {Path} disagrees with the store; rebuilding it", path);
            file.Dispose();
            return Rebuild(model, cancellationToken);
        }

        return file;
    }

    private VectorFile? Rebuild(string model, CancellationToken cancellationToken)
    {
        // Removals logged after this point are replayed by the next sync; replaying one twice does nothing.
        var removalSeq = HasRemovalLog() ? db.Use(c => c.ExecuteScalar<long>("SELECT ifnull(max(Seq), 0) FROM chunk_removals")) : 0;
        var first = db.Use(c => c.Query<ChunkRow>("SELECT Id, Vector FROM chunks WHERE Model = ? ORDER BY Id LIMIT 1", model)).FirstOrDefault();
        var dimensions = first is null ? modelDimensions : first.Vector.Length / sizeof(float);
        if (dimensions <= 0)
        {
            // Nothing stored yet and a model that does not say its size: the first stored chunk creates the file.
            return null;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var building = path + ".rebuild";
        using (var file = VectorFile.Create(building, model, dimensions, precision))
        {
            file.RemovalSeq = removalSeq;
            CatchUp(file, model, cancellationToken);
            file.Commit();
            file.Trim();
        }

        File.Move(building, path, overwrite: true);
        var rebuilt = VectorFile.TryOpen(path, model, precision);
        logger.LogInformation("Built vector file {Path}: {Count} vectors of {Model} in {ElapsedMs} ms", path, rebuilt?.Live ?? 0, model, clock.ElapsedMilliseconds);
        return rebuilt;
    }

    /// <summary>
    /// A read-only file from before the removal log has none, and nothing can be removed from it; any file this program
    /// can write gets the log from the store, in the same transaction-safe schema step as its tables.
    /// </summary>
    private bool HasRemovalLog() => !db.IsReadOnly || db.HasTable("chunk_removals");

    private void ApplyRemovals(VectorFile file)
    {
        if (!HasRemovalLog())
        {
            return;
        }

        foreach (var removal in db.Use(c => c.Query<RemovalRow>("SELECT Seq, ChunkId FROM chunk_removals WHERE Seq > ? ORDER BY Seq", file.RemovalSeq)))
        {
            if (file.FindRow(removal.ChunkId) is var row and >= 0)
            {
                file.MarkRemoved(row);
            }

            file.RemovalSeq = removal.Seq;
        }
    }

    private void CatchUp(VectorFile file, string model, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = db.Use(c => c.Query<ChunkRow>("SELECT Id, Vector FROM chunks WHERE Model = ? AND Id > ? ORDER BY Id LIMIT ?", model, file.MaxChunkId, ReadBatch));
            foreach (var row in rows)
            {
                file.Append(row.Id, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(row.Vector));
            }

            if (rows.Count < ReadBatch)
            {
                return;
            }
        }
    }
}
