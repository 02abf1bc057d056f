namespace SportsBot.Core.Knowledge;

/// <summary>
/// Finding and reading article files on disk, for <c>ingest</c> and the knowledge-folder sync alike. Links to
/// folders are never followed: one pointing back up the tree would make the walk endless, one pointing out of it
/// would pull in files nobody meant to add. Every real folder under the root is therefore visited exactly once.
/// </summary>
public static class ArticleFiles
{
    public static ArticleFileListing Find(string folder)
    {
        var files = new List<string>();
        var skipped = new List<string>();
        var other = 0;
        var complete = true;
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(Path.GetFullPath(folder))]);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        while (pending.TryPop(out var directory))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. directory.EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipped.Add($"{directory.FullName}: cannot be read ({ex.Message})");
                complete = false;
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is { } target)
                    {
                        skipped.Add($"{sub.FullName}: a link to the folder {target}, not followed");
                    }
                    else
                    {
                        pending.Push(sub);
                    }
                }
                else if (ArticleParser.IsSupportedFile(entry.FullName))
                {
                    files.Add(entry.FullName);
                }
                else
                {
                    other++;
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return new ArticleFileListing(files, other, skipped, complete);
    }

    /// <summary>
    /// Reads a file of at most <paramref name="maxBytes"/> (the same cap as a page fetched from a link). A larger file
    /// is refused by its size before it is read, and the cap holds while reading for files whose size is not known up
    /// front. A file that cannot be read is refused with the reason; either way the message names <paramref name="name"/>.
    /// </summary>
    public static async Task<byte[]> ReadAsync(string path, string name, int maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.Asynchronous);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                throw TooLarge(name, stream.Length, maxBytes);
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81_920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(name, null, maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidArticleException($"{name}: cannot be read ({ex.Message})");
        }
    }

    private static InvalidArticleException TooLarge(string name, long? size, int maxBytes) =>
        new($"{name}: {(size is { } s ? Size(s) : "the file")} is more than the {Size(maxBytes)} an article file may have (Knowledge:MaxPageBytes).");

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";
}
