using System.CommandLine;
using SportsBot.Core.Knowledge;
using SportsBot.Infrastructure.Storage;

namespace SportsBot.Cli;

/// <summary>Options every verb understands; they override configuration.</summary>
public sealed class CommonOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"SQLite file of the knowledge base (default: Storage:DatabasePath, {StorageOptions.DefaultDatabasePath})",
        HelpName = "FILE",
        Recursive = true,
    };

    public Option<string?> Knowledge { get; } = new("--knowledge")
    {
        Description = "Folder of bundled articles synced into the store at start (default: Knowledge:Directory, knowledge/)",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>Configuration keys set by these options, after checking they point somewhere usable.</summary>
    public Dictionary<string, string?> ToConfiguration(ParseResult parse)
    {
        var values = new Dictionary<string, string?>();
        if (parse.GetValue(Database) is { } db)
        {
            if (string.IsNullOrWhiteSpace(db))
            {
                throw new UsageException("--db needs a file name, e.g. --db data/sportsbot.db.");
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(db))!;
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"--db {db}: the folder {folder} does not exist.");
            }

            values[$"{StorageOptions.Section}:{nameof(StorageOptions.DatabasePath)}"] = db;
        }

        if (parse.GetValue(Knowledge) is { } dir)
        {
            if (!Directory.Exists(dir))
            {
                throw new UsageException($"--knowledge {dir}: no such folder.");
            }

            values[$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.Directory)}"] = dir;
        }

        return values;
    }
}
