using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Scores, results and race times: "45-42", "knocked out in the quarter-finals", "touched in 4:01.37".</summary>
public static partial class FactSpotter
{
    // "on the weekend of 22-23 March" is two days, not a score.
    [GeneratedRegex(@"\b\d{1,3}\s*[-–:]\s*\d{1,3}\b(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")]
    private static partial Regex Score();

    [GeneratedRegex(@"\b(?:won|wins|beat|beaten|lost|loses|drew|defeated|eliminated|knocked out|crashed out|went out|(?:finished|came|placed|ended) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|last|bottom|top)|topped|reached the (?:final|semi-finals?|quarter-finals?|last \w+|knockout stage)|qualified for|advanced to|champions?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    /// <summary>Minutes and seconds with their fractions ("4:01.37"), or hours, minutes and seconds ("2:05:11"): never a time of day or a score.</summary>
    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?:[.,]\d{1,3}|:\d{2})(?![\d:])")]
    private static partial Regex RaceClock();

    [GeneratedRegex(@"^(?:hours?|minutes?|seconds?|hundredths?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockUnit();

    /// <summary>The clause around <paramref name="score"/> names one asked side, and the other too or as the sentence's subject.</summary>
    private static bool ScoreBetweenTheSides(string sentence, Match score, FactContext context)
    {
        var start = ResultBreak().Matches(sentence[..score.Index]).LastOrDefault() is { } before ? before.Index + before.Length : 0;
        var end = ResultBreak().Match(sentence, score.Index + score.Length) is { Success: true } after ? after.Index : sentence.Length;
        var clause = sentence[start..end];
        var subject = WordWithPosition().Matches(sentence).FirstOrDefault(w => char.IsUpper(w.Value[0]) && !(w.Index == 0 && StopWords.Contains(w.Value.ToLowerInvariant())))?.Value ?? string.Empty;
        return (context.NamesSide(0, clause) && (context.NamesSide(1, clause) || context.NamesSide(1, subject)))
            || (context.NamesSide(1, clause) && context.NamesSide(0, subject));
    }

    [GeneratedRegex(@",|;|\band\b")]
    private static partial Regex ResultBreak();
}
