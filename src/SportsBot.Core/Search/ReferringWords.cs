using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>
/// Words that point back to something named before them: a question that uses one is about what an earlier
/// sentence, clause or message names. A pronoun ("she", "they") stands for a person or thing; a pointing word
/// ("that fund", "each", "then") may also point at a time or a place.
/// </summary>
public static partial class ReferringWords
{
    private static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "theirs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Pointing = new[]
    {
        "each", "both", "that", "this", "those", "these", "there", "then",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsReferring(string word) => Pronouns.Contains(word) || Pointing.Contains(word);

    /// <summary>The text uses a pronoun or a pointing word.</summary>
    public static bool AnyIn(string text) => Word().Matches(text).Any(m => IsReferring(m.Value));

    /// <summary>"Who was she swapped for?": the text stands a pronoun for a person or thing named elsewhere ("then" is a time).</summary>
    public static bool PronounIn(string text) => Word().Matches(text).Any(m => Pronouns.Contains(m.Value));

    /// <summary>"…, and what did she win in Paris?": the text speaks of a person as "she", "he", "her", "him" or "his" instead of naming them.</summary>
    public static bool PersonIn(string text) => Word().Matches(text).Any(m => m.Value.ToLowerInvariant() is "he" or "she" or "him" or "her" or "his");

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
