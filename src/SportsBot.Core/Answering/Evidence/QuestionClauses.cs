using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// A message may ask two things at once ("Which fencer was guaranteed a place, and what did she win?"): what the
/// first question asks for is read from its own clause.
/// </summary>
public static partial class QuestionClauses
{
    /// <summary>The text up to where a second question starts (", and what…", "; when…", "? Since when…").</summary>
    public static string First(string question) => SecondQuestion().Split(question.Trim(), 2)[0];

    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[,;]?\s+and\s+(?=(?:what|when|who|whom|which|how|why|where|did|does|do|is|was|were|has|have|can)\b)|;\s+|(?<=\?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SecondQuestion();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
