using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>The wordings of questions that ask for a measure: an amount, a rank or a limit, a tally, a result or a place in the standings, a distance, a race time, a concentration.</summary>
public static partial class QuestionKindReader
{
    [GeneratedRegex(@"^how (?:much|big|large) (?:is|was|were|are|will be) (?:the|his|her|its|their|[a-z-]+'s) (?:[a-z'-]+ ){0,3}?(?<head>fined|(?!(?:told|said|paid|given|made|taken|won|lost|set|put|cut|owed|due|expected|paying|spending|costing|offering)\b)[a-z-]+(?<!ed))(?:\s+(?:worth|in total|now|for|of|on|to|in|at|by|over|after|from|paid|imposed|agreed|offered|that|which)\b.*)?$")]
    private static partial Regex AmountOfThe();

    [GeneratedRegex(@"^how (?:much of an?|big an?|large an?) (?:[a-z'-]+ ){0,2}?(?<head>[a-z-]+) (?=(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b)")]
    private static partial Regex AmountOfA();

    [GeneratedRegex(@"^(?:what|which)(?!\s+(?:happened|happens|will happen)\b)(?:'s|\s+(?:is|was|were|are))?\s+(?:[a-z'-]+\s+){0,3}?(?:(?<rank>ranking|rank|rating|seeding|seed)\b(?!\s+points?\b)|(?<limit>limit|threshold|cap|quota)\b|(?<amount>fine|fee|transfer fee|price|cost|salary|prize money|share)\b(?!\s+(?:for|over)\s*$)(?!\s+because\b))|^what (?:is|was|were|are) .+? (?<rank>seeded|ranked)\b|^where (?:is|are|was|were|did|does|do) .+? (?:finish|finished|stand|stands|sit|sits|lie|lies|place|placed)?\s*in (?:the|its|their|his|her) (?:[a-z-]+ )?(?<rank>table|standings|group|pool|rankings?)\b")]
    private static partial Regex RankOrAmount();

    [GeneratedRegex(@"^what(?:'s| is| was| were)\s+the\s+(?:final\s+)?(?:vote|voting)(?:\s+(?:count|tally|result|margin|split|breakdown|numbers|figures))?\b(?!\s+(?:on|for)\s+(?:the\s+)?(?:date|day))|^how\s+(?:did|does)\s+the\s+vote\s+go\b|^how\s+(?:did|do|does|will|would)\s+the\s+(?:[a-z'-]+\s+){0,3}?vote\b(?!\s+(?:for|against)\b)")]
    private static partial Regex VoteTally();

    // "Where did the final end up being played?" asks for a place, not for a place in the order.
    [GeneratedRegex(@"^where (?:did|does|do|will|would|has|have|had) (?<who>.+?) (?:finish|place|come|end up(?!\s+(?:being|getting)\b)|rank)\b")]
    private static partial Regex WhereFinished();

    [GeneratedRegex(@"\b(?:marathon|race|route|course|tour|stage|parade|procession|march|relay|rally|walk|ride|torch)\b")]
    private static partial Regex RouteWord();

    [GeneratedRegex(@"^how (?:did|do|does|is|are|was|were|have|has) .+? (?:get on|got on|getting on|do|doing|done|fare|fared|faring|perform|performed|performing)(?=\s+(?:at|in|against|during|on|since|this|last|so far)\b|\s*[?.!,]|\s*$)")]
    private static partial Regex HowDidTheyDo();

    [GeneratedRegex(@"^how (?:far|much) (?:over|under|above|below|beyond) (?:the |its |their |his |her )?(?:[\p{L}-]+ )?(?:budget|budgets|estimate|estimates|forecast|target|plan)\b")]
    private static partial Regex BeyondABudget();

    [GeneratedRegex(@"^how far (?:ahead|in advance|before|beforehand)\b")]
    private static partial Regex FarAhead();

    [GeneratedRegex(@"^how far\b(?!.*\b(?:get|gets|got|gotten|go|goes|went|gone|progress|progressed|advance|advanced|make it|made it)\b)|^how long (?:is|was|are|were|will be)\s+(?:[\p{L}'-]+\s+){0,5}?(?<course>laps?|tracks?|circuits?|courses?|routes?|race|swim|stage|loop)\b")]
    private static partial Regex Distance();

    [GeneratedRegex(@"^what time (?:did|does|do|will|has|have|had) .+? (?:run|runs|ran|swim|swims|swam|swum|clock|clocks|clocked|record|recorded|post|posted|set|finish|finished|complete|completed|ride|rode|skate|skated|achieve|achieved)\b|^what (?:is|was|were) (?:(?:his |her |their |(?:[a-z-]+ ){0,2}[a-z-]+'s? )(?:winning |finishing |personal best |best )?|the (?:winning|finishing) )time\b")]
    private static partial Regex RaceTime();

    [GeneratedRegex(@"^(?:what|which) (?:concentration|level|amount|quantity|reading)s? of [a-z-]+ (?:was|were|is|are|had been|has been) (?:found|detected|measured|recorded)\b|^how (?:much|high) (?:was|were|is) the (?:concentration|level|reading)\b")]
    private static partial Regex Concentration();
}
