using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"Where…": a place named in a sentence.</summary>
public static partial class FactSpotter
{
    private static bool HasPlace(string sentence, FactContext context) =>
        Place().Matches(sentence).Any(m => !IsCalendarWord(m.Groups["name"].Value) && !context.IsQuestionName(m.Groups["name"].Value) && !IsBodyAcronym(m.Groups["name"].Value))
        || PlaysFor().Matches(sentence).Any(m => !IsCalendarWord(m.Groups["name"].Value) && !context.IsQuestionName(m.Groups["name"].Value) && !IsBodyAcronym(m.Groups["name"].Value))
        || HostBefore().Matches(sentence).Any(m => !IsCalendarWord(m.Groups["name"].Value) && !context.IsQuestionName(m.Groups["name"].Value) && !IsBodyAcronym(m.Groups["name"].Value))
        || Venue().Matches(sentence).Any(v => NamedNear(sentence, v, context))
        || Facility().IsMatch(sentence)
        || OfPlace().Matches(sentence).Any(m => context.IsQuestionName(m.Groups["person"].Value) && !context.IsQuestionName(m.Groups["name"].Value) && !IsBodyAcronym(m.Groups["name"].Value))
        || (context.AskedStem is null && AwayFrom().IsMatch(sentence));

    /// <summary>"in UEFA competitions", "to the IOC": a body, not a place; the few countries written in capitals are places.</summary>
    private static bool IsBodyAcronym(string name) =>
        name.Length >= 2 && name.All(c => char.IsUpper(c) || char.IsDigit(c)) && name is not ("US" or "USA" or "UK" or "UAE");

    /// <summary>
    /// A venue word is a place only with a name beside it ("the Stade de France", "Khalifa International Stadium");
    /// "The city's stadium is closely associated with Gazprom" names no place.
    /// </summary>
    private static bool NamedNear(string sentence, Match venue, FactContext context)
    {
        var words = WordWithPosition().Matches(sentence).ToList();
        var at = words.FindIndex(w => w.Index >= venue.Index);
        return at >= 0 && words
            .Skip(Math.Max(0, at - VenueNameReach))
            .Take((2 * VenueNameReach) + 1)
            .Any(w => char.IsUpper(w.Value[0]) && !OpensSentence(sentence, w.Index) && !IsCalendarWord(w.Value) && !context.IsQuestionName(w.Value));
    }

    /// <summary>Words either side of a venue word where its name may stand ("Stade de France", "Rod Laver Arena").</summary>
    private const int VenueNameReach = 2;

    /// <summary>"Dmitri Orlov of Kazakhstan", "Velic from Serbia": where the question's own person is from.</summary>
    [GeneratedRegex(@"(?<![\p{L}'-])(?<person>\p{Lu}[\p{L}'-]+)\s+(?:of|from)\s+(?<name>\p{Lu}[\p{L}'-]+)")]
    private static partial Regex OfPlace();

    /// <summary>"Which country does Nirsky play for?": "eligible to play for Lorvia", "now competes for Delland", the side a player represents.</summary>
    [GeneratedRegex(@"\b(?:play|plays|played|playing|compete|competes|competed|competing|race|races|raced|racing|ride|rides|rode|riding|run|runs|ran|running|swim|swims|swam|swimming|fight|fights|fought|fighting|skate|skates|skated|skating|ski|skis|skied|skiing)\s+for\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'-]+)")]
    private static partial Regex PlaysFor();

    // "From Russia" says where something left, not where it is.
    [GeneratedRegex(@"\b(?:in|at|to|into|near|inside|outside|across|hosted by|host)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'-]+)")]
    private static partial Regex Place();

    /// <summary>
    /// "Tampere and Riga will host the championship", "Saudi Arabia staged the event", "Port Vell had been due to
    /// host it": the host named before the verb, auxiliaries between, is where; "It will host…" names none, nor does
    /// "The Games will be hosted…", in which the name is what is hosted. So is the one chosen as host ("has chosen Sarn
    /// as its preferred host").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}'-])(?!(?:It|They|He|She|We|This|That|Which|Who)\b)(?<name>\p{Lu}[\p{L}'-]+)\s+(?:(?:will|would|had|has|have|is|are|was|were|been|be|due|set|scheduled|supposed|going|originally|also|to|now|still|once)\s+){0,5}(?:co-)?(?:host|hosts|hosting|stage|stages|staging|(?<!\b(?:be|been|is|are|was|were)\s+(?:co-)?)(?:hosted|staged))\b|\b(?:chose|chosen|chooses|named|names|picked|selected|confirmed|approved)\s+(?<name>\p{Lu}[\p{L}'-]+)\s+as\s+(?:its\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:co-)?hosts?\b")]
    private static partial Regex HostBefore();

    // "held in an immigration detention hotel", "sent to a penal colony": the kind of place is the answer, named or not.
    [GeneratedRegex(@"\b(?:in|at|to|into|inside)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:hotel|prison|jail|penal colony|detention centre|detention center|camp|airport|hospital|embassy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Facility();

    /// <summary>
    /// "must play their home matches at neutral venues", "staged outside Belarus": where a team was sent, told by what
    /// the place is not. Named by the question ("outside Belarus" for "Where did Belarus play?"), it is still the answer;
    /// "Which city…" asks for a name, which neither gives.
    /// </summary>
    [GeneratedRegex(@"\b(?:at|on|in)\s+(?:an?\s+|the\s+)?neutral\s+(?:venues?|grounds?|territory)\b|\boutside\s+(?:of\s+)?(?:the\s+)?\p{Lu}")]
    private static partial Regex AwayFrom();

    [GeneratedRegex(@"\b(?:stadium|stade|arena|venue|city|capital)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Venue();
}
