using Microsoft.Extensions.Options;
using SQLite;

namespace SportsBot.Infrastructure.Storage;

/// <summary>
/// Owns the one SQLite connection of the process and serialises access to it. Stores for different concerns
/// (knowledge, chat settings) share it so one file holds everything and a transaction can span tables.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SQLiteConnection _connection;

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
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
            _connection = new SQLiteConnection(new SQLiteConnectionString(Path, SQLiteOpenFlags.ReadWrite | SQLiteOpenFlags.Create | SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: true));
            // WAL lets readers (a search) run while a writer (an ingest) commits, and survives a crash mid-write.
            _connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL");
            _connection.Execute("PRAGMA synchronous=NORMAL");
            _connection.Execute("PRAGMA foreign_keys=ON");
        }
        catch (SQLiteException ex)
        {
            throw new IOException($"Cannot open database {options.Value.DatabasePath}: {ex.Message}", ex);
        }
    }

    public string Path { get; }

    /// <summary>Runs <paramref name="work"/> with exclusive use of the connection.</summary>
    internal T Use<T>(Func<SQLiteConnection, T> work)
    {
        lock (_gate)
        {
            return work(_connection);
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is written, or none.</summary>
    internal T InTransaction<T>(Func<SQLiteConnection, T> work)
    {
        lock (_gate)
        {
            T result = default!;
            _connection.RunInTransaction(() => result = work(_connection));
            return result;
        }
    }

    public void Dispose() => _connection.Dispose();
}
