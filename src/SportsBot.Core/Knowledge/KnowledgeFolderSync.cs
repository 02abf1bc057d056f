using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Mirrors a folder of article files into the store: new files are added, edited files (by hash) updated,
/// deleted files removed. Only articles whose origin is this folder are touched; articles added from chat
/// or with <c>ingest</c> never are.
/// </summary>
public sealed class KnowledgeFolderSync(IngestPipeline pipeline, ArticleParser parser, IKnowledgeStore store, ILogger<KnowledgeFolderSync> logger)
{
    public const string OriginPrefix = "knowledge:";

    public async Task<FolderSyncReport> SyncAsync(string directory, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(ArticleParser.IsSupportedFile)
            .Order(StringComparer.Ordinal)
            .ToList();

        var known = (await store.ListByOriginPrefixAsync(OriginPrefix, cancellationToken))
            .ToDictionary(a => a.Origin, StringComparer.Ordinal);

        int added = 0, updated = 0, unchanged = 0, removed = 0;
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < files.Count; i++)
        {
            var relative = Path.GetRelativePath(root, files[i]).Replace('\\', '/');
            var origin = OriginPrefix + relative;
            seen.Add(origin);

            var bytes = await File.ReadAllBytesAsync(files[i], cancellationToken);
            var fileHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            known.TryGetValue(origin, out var current);
            if (current?.OriginHash == fileHash)
            {
                unchanged++;
                continue;
            }

            // Reported only for files that need work, so an unchanged folder syncs silently.
            progress?.Report(new IngestProgress(i, files.Count, relative));
            try
            {
                var draft = await parser.ParseAsync(relative, bytes, cancellationToken);
                var result = await pipeline.IngestAsync(new IngestRequest(draft, "knowledge folder", origin, fileHash, current?.Id), cancellationToken);
                switch (result.Status)
                {
                    case IngestStatus.Added: added++; break;
                    case IngestStatus.Updated: updated++; break;
                    case IngestStatus.Unchanged: unchanged++; break;
                    case IngestStatus.Duplicate:
                        failures.Add($"{relative}: same text as #{result.Article.Id}, skipped.");
                        break;
                }
            }
            catch (InvalidArticleException ex)
            {
                // One bad file must not keep the other articles out of the knowledge base.
                logger.LogWarning("Skipped knowledge file {File}: {Reason}", relative, ex.Message);
                failures.Add(ex.Message.StartsWith(relative, StringComparison.Ordinal) ? ex.Message : $"{relative}: {ex.Message}");
            }
        }

        foreach (var (origin, article) in known)
        {
            if (!seen.Contains(origin) && await pipeline.RemoveAsync(article.Id, cancellationToken))
            {
                logger.LogInformation("Removed article {ArticleId}: its file {Origin} is gone", article.Id, origin);
                removed++;
            }
        }

        return new FolderSyncReport(added, updated, removed, unchanged, failures);
    }
}
