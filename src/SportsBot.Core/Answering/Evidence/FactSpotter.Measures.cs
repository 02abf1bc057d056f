using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Measures a how-many question asks for besides a count: a distance, a course's length, a concentration, and a vote's margin kept apart from a count of votes.</summary>
public static partial class FactSpotter
{
    /// <summary>What a sentence lacks for a how-many question asking for a measure rather than a count of a noun.</summary>
    private static readonly Dictionary<string, string> MissingMeasure = new(StringComparer.Ordinal)
    {
        ["old"] = "no age",
        ["much"] = "no amount",
        ["long"] = "no length of time",
        ["race time"] = "no race time",
        ["distance"] = "no distance",
        ["course length"] = "no length of the course",
        ["share"] = "no share of a whole",
        ["result"] = "no result",
        ["rank"] = "no ranking",
        ["limit"] = "no number for the limit",
        ["tally"] = "no tally of the vote",
        ["concentration"] = "no concentration",
    };

    /// <summary>A concentration: a mass per volume ("3.2 ng/mL", "5 nanograms per millilitre").</summary>
    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s*(?:ng|pg|µg|mcg|ug|mg|g|nanograms?|picograms?|micrograms?|milligrams?|grams?|nmol|mmol)\s*(?:/|per\s+)(?:ml|mL|l|L|dl|dL|millilitres?|milliliters?|litres?|liters?|decilitres?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConcentrationFigure();

    /// <summary>A distance's unit after its number: "0.4 nautical miles", "3.8 km", "a 620-nautical-mile race", "300 metres".</summary>
    private const string DistanceUnit = @"(?:\s*|-)(?:km|kilometres?|kilometers?|miles?|nautical[ -]miles?|metres?|meters?|yards?|m)\b";

    private const string CourseNoun = @"(?:laps?|tracks?|circuits?|courses?|routes?|races?|swims?|stages?|loops?|marathons?|rides?)\b";

    /// <summary>A number in a distance's unit, and not a sum ("€1.5m", "5m euros").</summary>
    [GeneratedRegex(@"(?<![€$£\d.,])\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a|half a)" + DistanceUnit + @"(?!\s*(?:euros?|dollars?|pounds?))", RegexOptions.IgnoreCase)]
    private static partial Regex Distance();

    /// <summary>
    /// A distance said of a course: before its noun ("the 620-nautical-mile race") or after it ("the lap measures 5 km"),
    /// and after a verb of length whose subject it is ("The stage on 14 May will now run 152 km").
    /// </summary>
    [GeneratedRegex(@"(?<![€$£\d.,])\b\d+(?:[.,]\d+)?" + DistanceUnit + @"(?:\s+[\p{L}-]+){0,2}?\s+" + CourseNoun
        + @"|\b" + CourseNoun + @"(?:\s+(?:of|is|was)|(?:\s+[^\s.;,]+){0,5}?\s+(?:measures|measured|measure|covers|covered|cover|runs|ran|run|stretches|stretched|stretch))\s+(?:now\s+)?(?:about\s+|some\s+|just\s+|only\s+)?\d+(?:[.,]\d+)?" + DistanceUnit, RegexOptions.IgnoreCase)]
    private static partial Regex CourseLength();

    /// <summary>A winning margin ("by just 212 votes", "cut her winning margin to 37 votes"), not a tally ("by 71 votes to 54").</summary>
    [GeneratedRegex(@"\bby (?:just |only |a mere |some |about |around |nearly |almost )?\d[\d,]* votes?\b(?!\s+to\b)|\b(?:majority|margin)\b[^.;,]{0,20}?\b\d[\d,]*(?: votes?)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Margin();

    /// <summary>
    /// "How much of a transfer fee did they pay?": an amount in a sentence that names what it is of, and whose nearest
    /// word of money before it (or else after it) is that thing: "docked 12 points and fined €750,000 after … broke the
    /// squad cost rules" gives a fine, not a fee or a cost; "the penalty … has been cut from 3.5 million crowns" gives
    /// the penalty, however far apart. A sum in an old currency's words is read as before.
    /// </summary>
    private static bool AmountOfTheCounted(string sentence, FactContext context)
    {
        var words = WordWithPosition().Matches(sentence).Select(w => w.Value).ToList();
        if (!words.Any(context.IsCounted))
        {
            return false;
        }

        return OldCurrency().IsMatch(sentence) || UnnamedCurrency().IsMatch(sentence)
            || Enumerable.Range(0, words.Count).Where(i => IsAmountWord(words, i)).Any(i =>
                (words.Take(i).LastOrDefault(IsMoneyNoun) ?? words.Skip(i + 1).FirstOrDefault(IsMoneyNoun)) is not { } of || context.IsCounted(of));
    }

    private static bool IsMoneyNoun(string word) => MoneyNoun().IsMatch(word);

    [GeneratedRegex(@"^(?:" + MoneyNouns + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyNoun();

    private static bool IsAmountWord(List<string> words, int i) =>
        Money().IsMatch(words[i]) || words[i].Contains('%') || words[i].Equals("percent", StringComparison.OrdinalIgnoreCase)
        || (words[i].Equals("cent", StringComparison.OrdinalIgnoreCase) && i > 0 && words[i - 1].Equals("per", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\bper\s*cent\b|%|\bpercent\b|\b(?:half|halves|third|thirds|quarter|quarters|majority|fifth|fifths)\b|\b\d+\s+(?:of|out of)\s+(?:the\s+|its\s+|their\s+)?\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfAWhole();

    // A place in an order: "world No. 9", "ranked 14th", "the fourth seed", "rated 2765", "fourth in Group C".
    [GeneratedRegex(@"\b(?:world\s+)?(?:No\.?|number)\s*\d{1,4}\b|\b(?:ranked|seeded|ranking of|seeding of)\s+(?:as\s+)?(?:the\s+)?(?:world\s+)?(?:No\.?\s*)?(?:\d{1,4}(?:st|nd|rd|th)?|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth)\b|\b(?:\d{1,3}(?:st|nd|rd|th)|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth)[- ](?:seed|seeded|ranked|in the (?:world )?rankings?)\b|\b(?:rated|rating of|ratings? (?:is|was|stands at|stood at|rose to|fell to))\s+(?:a\s+|an\s+)?\d{2,4}\b|\b(?:\d{1,2}(?:st|nd|rd|th)|top|bottom|last|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth)\s+(?:of|in)\s+(?:the\s+)?(?:table|standings|group|pool|league|(?:Group|Pool)\s+\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ranking();
}
