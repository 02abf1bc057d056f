using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Who a sentence says was fined, banned or suspended.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// The names a sentence gives as the ones punished: "fined the Tessalian federation", "the ban on Kestra",
    /// "Russia was suspended". Empty when it names none ("banned for four years", "the fine was halved").
    /// </summary>
    /// <remarks>Each is read as the capitalised words of the phrase that names the punished ("Norvian", "Lena", "Varsk" of "the ban of Norvian swimmer Lena Varsk").</remarks>
    public static IReadOnlyList<IReadOnlyList<string>> Sanctioned(string sentence) =>
        [.. SanctionedAfter().Matches(sentence).Concat(SanctionedBefore().Matches(sentence))
            .Select(m => (IReadOnlyList<string>)[.. CapitalisedWord().Matches(m.Groups["who"].Value).Select(w => w.Value).Where(w => !NotAName().IsMatch(w))])
            .Where(names => names.Count > 0)];

    /// <summary>The verbs that say somebody was punished, for the sentence's punished and the question's alike.</summary>
    internal const string PunishedVerbs = "fined|banned|suspended|sanctioned|punished|penali[sz]ed|expelled|excluded|disqualified|docked";

    /// <summary>
    /// The name is one of <paramref name="asked"/>, or its people or theirs (<see cref="TermMatcher.Mentions"/> reads a
    /// country and its people as one: "Tessalian" of Tessaly).
    /// </summary>
    public static bool IsOneOf(string name, IEnumerable<string> asked, FactContext context) =>
        asked.Any(a => context.Matcher.Mentions(context.Matcher.Read(name), context.Matcher.Term(a, isName: true)));

    [GeneratedRegex(@"\b(?:" + PunishedVerbs + @")\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+[\p{L}-]+){0,4})|\b(?:fines?|bans?|suspensions?|sanctions?|penalt(?:y|ies)|punishments?)\s+(?:on|of|against|imposed on|handed to)\s+(?<who>(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+[\p{L}-]+){0,4})")]
    private static partial Regex SanctionedAfter();

    [GeneratedRegex(@"(?<who>\p{Lu}[\p{L}-]+(?:['’]s)?(?:\s+[\p{L}-]+){0,3}?)\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\p{Ll}+ly\s+)?(?:" + PunishedVerbs + @")\b")]
    private static partial Regex SanctionedBefore();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}-]+")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"^(?:The|A|An|Its|His|Her|Their|It|He|She|They|This|That)$")]
    private static partial Regex NotAName();
}
