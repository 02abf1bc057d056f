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

    /// <summary>Let links and feeds point at loopback, private, link-local or cloud-metadata addresses. Off in
    /// production (a moderator's link must not reach the bot's own network); tests turn it on for 127.0.0.1.</summary>
    public bool AllowPrivateNetworks { get; set; }

    [Range(1, 300)]
    public int FetchTimeoutSeconds { get; set; } = 20;

    /// <summary>Largest article, in bytes: a page fetched from a link or a file read from disk (<c>ingest</c>, the knowledge folder).</summary>
    [Range(10_000, 100_000_000)]
    public int MaxPageBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Deepest element nesting of an HTML page that is read; an article page needs a few dozen levels. Reading
    /// slows down sharply with depth and a deep enough page would overflow the stack, so deeper pages are refused.</summary>
    [Range(16, 1000)]
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>Most elements (outside inline SVG and MathML) of an HTML page that is read; busy news pages have a few thousand.</summary>
    [Range(100, 200_000)]
    public int MaxHtmlElements { get; set; } = 10_000;

    /// <summary>Time allowed for reducing one HTML page to its article text; a page that takes longer is refused.</summary>
    [Range(1, 600)]
    public int ExtractionTimeoutSeconds { get; set; } = 15;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>How often news feeds are polled.</summary>
    [Range(1, 10_080)]
    public int FeedPollMinutes { get; set; } = 30;

    /// <summary>Passage similarity at which a new article's passages count as copies of a stored article's.</summary>
    [Range(0.5, 1.0)]
    public double NearDuplicateSimilarity { get; set; } = 0.95;
}
