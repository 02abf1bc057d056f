using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Mirrors a folder of article files into the store: new files are added, edited files (by hash) updated,
/// deleted files removed. Only articles whose origin is this folder are touched; articles added from chat
/// or with <c>ingest</c> never are.
/// </summary>
public sealed class KnowledgeFolderSync(
    KnowledgeWriter writer,
    ArticleParser parser,
    IKnowledgeStore store,
    IOptions<KnowledgeOptions> options,
    ILogger<KnowledgeFolderSync> logger)
{
    public const string OriginPrefix = "knowledge:";

    public async Task<FolderSyncReport> SyncAsync(string directory, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        var listing = ArticleFiles.Find(root);
        var files = listing.Files;
        foreach (var skipped in listing.Skipped)
        {
            logger.LogWarning("Knowledge folder: {Skipped}", skipped);
        }

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

            known.TryGetValue(origin, out var current);
            try
            {
                // Read within the same size cap as a link; a file that is too large or unreadable is reported and
                // skipped, and its article (if it has one) is kept, since the file is still there.
                var bytes = await ArticleFiles.ReadAsync(files[i], relative, options.Value.MaxPageBytes, cancellationToken);
                var fileHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
                if (current?.OriginHash == fileHash)
                {
                    unchanged++;
                    continue;
                }

                // Reported only for files that need work, so an unchanged folder syncs silently.
                progress?.Report(new IngestProgress(i, files.Count, relative));
                var draft = await parser.ParseAsync(relative, bytes, cancellationToken);
                var result = await writer.IngestAsync(new IngestRequest(draft, "knowledge folder", origin, fileHash, current?.Id), cancellationToken);
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

        // A folder that could not be read hides files that may well still be there: nothing is removed on its word.
        IReadOnlyDictionary<string, Article> gone = listing.Complete ? known : new Dictionary<string, Article>();
        foreach (var (origin, article) in gone)
        {
            if (!seen.Contains(origin) && await writer.RemoveAsync(article.Id, cancellationToken))
            {
                logger.LogInformation("Removed article {ArticleId}: its file {Origin} is gone", article.Id, origin);
                removed++;
            }
        }

        return new FolderSyncReport(added, updated, removed, unchanged, failures);
    }
}
