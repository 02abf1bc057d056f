using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>
/// A fan's shorthand written out, as the question readers expect plain words: "who's the title sponsor now" asks who
/// holds a role, as "who is the title sponsor" does, and "who's been named captain" asks who has been ("who's banned"
/// is "who is banned": only a participle that is no adjective, such as "been", "won" or "taken", follows "has");
/// "how many ppl got hurt" counts people, and "who is veltra's ceo" asks for its chief executive, as stories write them.
/// </summary>
public static partial class QuestionShorthand
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ppl"] = "people",
        ["govt"] = "government",
        ["gov"] = "government",
        ["prez"] = "president",
        ["ceo"] = "chief executive",
        ["yrs"] = "years",
        ["mins"] = "minutes",
    };

    public static string Expand(string question) =>
        Word().Replace(
            Contracted().Replace(question, m => m.Groups["who"].Value + (Participle().IsMatch(m.Groups["next"].Value) ? " has " : " is ") + m.Groups["next"].Value),
            m => Abbreviations.TryGetValue(m.Value, out var written) ? written : m.Value);

    /// <summary>"who's", or "whos" typed without the apostrophe: no English word is spelled so.</summary>
    [GeneratedRegex(@"\b(?<who>[Ww]ho)['’]?s\s+(?<next>[\p{L}-]+)")]
    private static partial Regex Contracted();

    [GeneratedRegex(@"^(?:been|got|gotten|gone|won|lost|done|had|taken|made|given|become)$", RegexOptions.IgnoreCase)]
    private static partial Regex Participle();

    [GeneratedRegex(@"\b[\p{L}]+\b")]
    private static partial Regex Word();
}
