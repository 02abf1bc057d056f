using System.ComponentModel.DataAnnotations;

namespace SportsBot.Core.Knowledge;

/// <summary>The <c>Knowledge</c> section. Its sub-sections Chunking, Search and Answers have option classes of their own.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>The folder of bundled articles synced into the store at start. Relative paths are tried against the
    /// working directory, then next to the program (the build copies knowledge/ there).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "knowledge";

    /// <summary>Sync the folder at start. Off for a store that should hold only what moderators add.</summary>
    public bool SyncOnStart { get; set; } = true;
}
