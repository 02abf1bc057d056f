using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"How many votes did she win by?": a vote's margin, asked apart from the votes cast.</summary>
public static partial class QuestionClauses
{
    /// <summary>"How many votes did she win by?", "By how many votes…", "What was her majority?", "…winning margin?".</summary>
    public static bool AsksForAMargin(string question) => MarginAsked().IsMatch(question);

    [GeneratedRegex(@"\bby how (?:many|much)\b|\b(?:win|wins|won|winning|lose|loses|lost|losing|beat|beaten)(?:\s+[\p{L}'’-]+){0,3}?\s+by\s*[?.!]?\s*$|\b(?:majority|margin)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarginAsked();
}
