using System.ComponentModel.DataAnnotations;

namespace SportsBot.Core.Knowledge;

/// <summary>How articles are cut into passages. Sizes are in words; MiniLM reads at most 256 tokens.</summary>
public sealed class ChunkingOptions
{
    /// <summary>A chunk closes once it reaches this many words (a few sentences, ~100 tokens).</summary>
    [Range(20, 180)]
    public int TargetWords { get; set; } = 70;

    /// <summary>Sentences carried over from the end of one chunk to the start of the next, so no fact is cut in half.</summary>
    [Range(0, 3)]
    public int OverlapSentences { get; set; } = 1;
}
