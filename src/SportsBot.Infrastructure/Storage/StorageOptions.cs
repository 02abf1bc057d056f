using System.ComponentModel.DataAnnotations;

namespace SportsBot.Infrastructure.Storage;

/// <summary>The <c>Storage</c> section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string DefaultDatabasePath = "data/sportsbot.db";

    /// <summary>The SQLite file. Its folder must exist, except for the default, which is created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>How long a write waits while another process (an <c>ingest</c> next to the running bot) holds the
    /// database's write lock, before it gives up with a one-line reason.</summary>
    [Range(0, 600)]
    public int BusyTimeoutSeconds { get; set; } = 10;
}
