using System.Globalization;
using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>
/// A fan's shorthand written out, as the question readers expect plain words: "who's the title sponsor now" asks who
/// holds a role, as "who is the title sponsor" does, and "who's been named captain" asks who has been ("who's banned"
/// is "who is banned": only a participle that is no adjective, such as "been", "won" or "taken", follows "has");
/// "how many ppl got hurt" counts people, and "who is veltra's ceo" asks for its chief executive, as stories write them;
/// "whats the max fee" asks for the maximum a story names; "is the fine still 450k" asks about €450,000 and "grants cut
/// to 57m" about 57 million; "who's running the league" asks who heads it; "when does the cap kick in" when it starts;
/// "the u17 final" is the under-17 one; "cos" is "because".
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
        ["max"] = "maximum",
        ["cos"] = "because",
        ["coz"] = "because",
        ["cuz"] = "because",
        ["sigs"] = "signatures",
    };

    public static string Expand(string question)
    {
        var plain = Now().Replace(question, "now");
        plain = RunsABody().Replace(plain, "${who} heads ${body}");
        plain = AgeGroup().Replace(plain, "under-${age}");
        plain = KicksIn().Replace(plain, m => m.Groups["kick"].Value.ToLowerInvariant() switch { "kicks" => "starts", "kicked" => "started", _ => "start" });
        return Amount().Replace(
            Word().Replace(
                Contracted().Replace(plain, m => m.Groups["who"].Value + (Participle().IsMatch(m.Groups["next"].Value) ? " has " : " is ") + m.Groups["next"].Value),
                m => Abbreviations.TryGetValue(m.Value, out var written) ? written : m.Value),
            WrittenOut);
    }

    /// <summary>
    /// "Who's running the league?", "who is running Brask United", "who runs the skating union": whoever heads a body,
    /// which stories call its president, chief executive or head. Only a body ("the league", "the club", "Brask
    /// United"): "who is running the marathon" asks who runs in it. Not whoever is "in charge of" a group, who may be
    /// its coordinator.
    /// </summary>
    [GeneratedRegex(@"\b(?<who>[Ww]ho)(?:(?:['’]?s| is| was)\s+(?:now\s+)?running|\s+(?:now\s+)?(?:runs|ran))\s+(?<body>(?:[\p{L}'’-]+\s+){0,4}?(?:league|federation|club|union|association|committee|company|board|council|ministry|broadcaster|agency|united|city|fc)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RunsABody();

    /// <summary>"the u17 final", "the U-20 World Cup": an age group, which stories write "Under-17", "under-20".</summary>
    [GeneratedRegex(@"\b[Uu]-?(?<age>1[0-9]|2[0-3])(?![\p{L}\d])")]
    private static partial Regex AgeGroup();

    /// <summary>"When does the ticket cap kick in?" asks when it starts: a cap does not kick anybody.</summary>
    [GeneratedRegex(@"\b(?<kick>kick|kicks|kicked)\s+in\b", RegexOptions.IgnoreCase)]
    private static partial Regex KicksIn();

    /// <summary>"Who's running the league these days?" asks who does now: the days are no word a story must say.</summary>
    [GeneratedRegex(@"\b(?:these days|nowadays|at the moment|at present)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Now();

    /// <summary>
    /// "450k" is 450,000 and "57m" or "1.2bn" millions and billions, as a story writes them; but "100m" or "10k"
    /// without a currency sign is the race, not a sum, when the number is one of the distances run or swum (the
    /// "10k" written as a story writes it, "10km"), and a unit set apart ("a 10 m fall") is a measure.
    /// </summary>
    private static string WrittenOut(Match amount)
    {
        var number = amount.Groups["number"].Value;
        var unit = amount.Groups["unit"].Value.ToLowerInvariant();
        if (!amount.Groups["currency"].Success && (unit == "m" ? RaceDistance() : RoadRaceDistance()).IsMatch(number))
        {
            // A fan's "10k" is the story's "10km".
            return unit == "k" ? $"{number}km" : amount.Value;
        }

        var currency = amount.Groups["currency"].Value;
        return unit switch
        {
            "k" when !number.Contains('.') => string.Create(CultureInfo.InvariantCulture, $"{currency}{int.Parse(number, CultureInfo.InvariantCulture) * 1000:N0}"),
            "k" => amount.Value,
            "m" => $"{currency}{number} million",
            _ => $"{currency}{number} billion",
        };
    }

    [GeneratedRegex(@"(?<currency>[€$£])?\b(?<number>\d{1,4}(?:\.\d{1,2})?)(?<unit>k|m|bn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"^(?:50|60|100|110|200|400|800|1000|1500|3000|5000)$")]
    private static partial Regex RaceDistance();

    [GeneratedRegex(@"^(?:5|10|15|21|42)$")]
    private static partial Regex RoadRaceDistance();

    /// <summary>"who's", or "whos" typed without the apostrophe: no English word is spelled so.</summary>
    [GeneratedRegex(@"\b(?<who>[Ww]ho)['’]?s\s+(?<next>[\p{L}-]+)")]
    private static partial Regex Contracted();

    [GeneratedRegex(@"^(?:been|got|gotten|gone|won|lost|done|had|taken|made|given|become)$", RegexOptions.IgnoreCase)]
    private static partial Regex Participle();

    [GeneratedRegex(@"\b[\p{L}]+\b")]
    private static partial Regex Word();
}
