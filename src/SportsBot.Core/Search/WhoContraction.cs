using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>
/// "who's" written out, as the question readers expect "who is" or "who has": "who's the title sponsor now" asks who
/// holds a role, as "who is the title sponsor" does, and "who's been named captain" asks who has been. "who's banned"
/// is read as "who is banned": only a participle that is no adjective ("been", "won", "taken") follows "has".
/// </summary>
public static partial class WhoContraction
{
    public static string Expand(string question) =>
        Contracted().Replace(question, m => m.Groups["who"].Value + (Participle().IsMatch(m.Groups["next"].Value) ? " has " : " is ") + m.Groups["next"].Value);

    [GeneratedRegex(@"\b(?<who>[Ww]ho)['’]s\s+(?<next>[\p{L}-]+)")]
    private static partial Regex Contracted();

    [GeneratedRegex(@"^(?:been|got|gotten|gone|won|lost|done|had|taken|made|given|become)$", RegexOptions.IgnoreCase)]
    private static partial Regex Participle();
}
