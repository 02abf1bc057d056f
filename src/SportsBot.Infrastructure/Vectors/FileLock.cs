namespace SportsBot.Infrastructure.Vectors;

/// <summary>
/// An exclusive lock between processes (and between hosts in one process) that share a database: the running bot
/// and a shell's <c>ingest</c> both append to the vector file. .NET takes an advisory lock for FileShare.None.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    public static async Task<FileLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, cancellationToken);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
