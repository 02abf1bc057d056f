using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SQLite;

namespace SportsBot.Infrastructure.Storage;

/// <summary>
/// Owns the one SQLite connection of the process and serialises access to it. Stores for different concerns
/// (knowledge, chat settings) share it so one file holds everything and a transaction can span tables.
/// Another process (a shell's <c>ingest</c> next to the running bot) may write the same file: a write waits up to
/// <see cref="StorageOptions.BusyTimeoutSeconds"/> for that process's lock, then fails with
/// <see cref="DatabaseUnavailableException"/>. A file this process may not write is opened read-only: answers
/// still work, and every attempt to change something fails with the same exception.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SQLiteConnection _connection;
    private readonly string _displayPath;
    private readonly int _busyTimeoutSeconds;

    public SqliteDatabase(IOptions<StorageOptions> options, ILogger<SqliteDatabase>? logger = null)
    {
        _displayPath = options.Value.DatabasePath;
        _busyTimeoutSeconds = options.Value.BusyTimeoutSeconds;
        Path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (!Directory.Exists(folder))
        {
            if (options.Value.DatabasePath != StorageOptions.DefaultDatabasePath)
            {
                throw new DirectoryNotFoundException($"Cannot open database {options.Value.DatabasePath}: the folder {folder} does not exist.");
            }

            Directory.CreateDirectory(folder);
        }

        try
        {
            // SQLite would quietly fall back to reading a file it may not write, and fail at the first write; a file
            // this process cannot open for writing is opened read-only from the start, and said so once.
            IsReadOnly = !CanWrite(Path);
            _connection = Open(IsReadOnly ? SQLiteOpenFlags.ReadOnly : SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create);
            if (IsReadOnly)
            {
                (logger ?? NullLogger<SqliteDatabase>.Instance).LogWarning(
                    "The knowledge base {DatabasePath} is read-only: answering from it, but nothing can be added, changed or remembered", _displayPath);
            }
            else
            {
                // WAL lets readers (a search) run while a writer (an ingest) commits, and survives a crash mid-write.
                RetryWhileBusy(() => _connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL"));
                _connection.Execute("PRAGMA synchronous=NORMAL");
            }

            _connection.Execute("PRAGMA foreign_keys=ON");
        }
        catch (SQLiteException ex)
        {
            throw new IOException($"Cannot open database {options.Value.DatabasePath}: {ex.Message}", ex);
        }
    }

    public string Path { get; }

    /// <summary>True when the file could only be opened for reading (its permissions, a read-only disk).</summary>
    public bool IsReadOnly { get; }

    /// <summary>Creates or upgrades tables; a read-only file keeps the schema it has.</summary>
    internal void EnsureSchema(Action<SQLiteConnection> create)
    {
        if (!IsReadOnly)
        {
            // Another process opening the same new file may be creating the same tables; each step is idempotent.
            lock (_gate)
            {
                try
                {
                    RetryWhileBusy(() => create(_connection));
                }
                catch (SQLiteException ex) when (Unavailable(ex) is { } unavailable)
                {
                    throw unavailable;
                }
            }
        }
    }

    /// <summary>
    /// Whether the file has the table. Always true for a table this program creates, except on a read-only file
    /// written by an older version, which keeps the schema it has.
    /// </summary>
    internal bool HasTable(string name) =>
        Use(c => c.ExecuteScalar<int>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", name) > 0);

    /// <summary>Runs <paramref name="work"/> with exclusive use of the connection.</summary>
    internal T Use<T>(Func<SQLiteConnection, T> work)
    {
        lock (_gate)
        {
            try
            {
                return work(_connection);
            }
            catch (SQLiteException ex) when (Unavailable(ex) is { } unavailable)
            {
                throw unavailable;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is written, or none. The write lock is taken
    /// at the first write, so a transaction that turns out to write nothing never waits for another process.</summary>
    internal T InTransaction<T>(Func<SQLiteConnection, T> work) => Transaction("BEGIN", work);

    /// <summary>
    /// Like <see cref="InTransaction{T}"/>, but the write lock is taken at the start (BEGIN IMMEDIATE), so what
    /// <paramref name="work"/> reads cannot be changed by another process before it writes: a check for a free id or
    /// an unused content hash holds until the commit.
    /// </summary>
    internal T InWriteTransaction<T>(Func<SQLiteConnection, T> work) => Transaction("BEGIN IMMEDIATE", work);

    private T Transaction<T>(string begin, Func<SQLiteConnection, T> work)
    {
        lock (_gate)
        {
            if (_connection.IsInTransaction)
            {
                // Called from inside another transaction of this connection: part of it, committed or undone with it.
                return Use(work);
            }

            try
            {
                _connection.Execute(begin);
            }
            catch (SQLiteException ex) when (Unavailable(ex) is { } unavailable)
            {
                throw unavailable;
            }

            try
            {
                var result = work(_connection);
                _connection.Execute("COMMIT");
                return result;
            }
            catch (SQLiteException ex) when (Unavailable(ex) is { } unavailable)
            {
                Rollback();
                throw unavailable;
            }
            catch
            {
                Rollback();
                throw;
            }
        }
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>False for an existing file this process may not write: its permissions, an immutable file, a read-only disk.</summary>
    private static bool CanWrite(string path)
    {
        if (!File.Exists(path))
        {
            return true;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }

    private SQLiteConnection Open(SQLiteOpenFlags access) =>
        new(new SQLiteConnectionString(Path, access | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: true))
        {
            BusyTimeout = TimeSpan.FromSeconds(_busyTimeoutSeconds),
        };

    /// <summary>
    /// Runs <paramref name="work"/> again until the busy timeout has passed while another connection holds the lock.
    /// SQLite returns "database is locked" at once, without waiting, when waiting could deadlock: two processes
    /// opening a new file together both try to switch it to WAL, and one of them must give way and try again.
    /// </summary>
    private void RetryWhileBusy(Action work)
    {
        var deadline = DateTime.UtcNow.AddSeconds(_busyTimeoutSeconds);
        while (true)
        {
            try
            {
                work();
                return;
            }
            catch (SQLiteException ex) when (ex.Result is SQLite3.Result.Busy or SQLite3.Result.Locked && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(20 + Random.Shared.Next(30)));
            }
        }
    }

    private void Rollback()
    {
        try
        {
            _connection.Execute("ROLLBACK");
        }
        catch (SQLiteException)
        {
            // SQLite already rolled back (a failed COMMIT under a full disk does); nothing is left to undo.
        }
    }

    private DatabaseUnavailableException? Unavailable(SQLiteException ex) => ex.Result switch
    {
        SQLite3.Result.Busy or SQLite3.Result.Locked => new DatabaseUnavailableException(
            $"The knowledge base {_displayPath} is locked by another program (waited {_busyTimeoutSeconds} s); try again once it has finished.", readOnly: false, ex),
        SQLite3.Result.ReadOnly => new DatabaseUnavailableException(
            $"The knowledge base {_displayPath} is read-only; nothing can be added or changed.", readOnly: true, ex),
        _ => null,
    };
}
