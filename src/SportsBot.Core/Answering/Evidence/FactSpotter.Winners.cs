using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Who won: a name before a win verb, in a clause about the winner, after "won by" and the like, or one of two the question names over the other.</summary>
public static partial class FactSpotter
{
    // "Seles, a former referee, won 41 of the 58 votes": two commas may set off what describes the winner, but not a
    // clause about something else ("Lind, who won the 2019 title, said…", "Dahl, President of the Nordic Union, who
    // won…"), and one comma ends a clause ("Poland, who was due to face Russia, advanced and then beat Sweden" is no
    // win for Russia). A comma right before the win closes what the name was set beside: "One of them, the shooter
    // Fehaid Al-Deehani, won gold".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+)*(?:,(?!\s+(?:who|which|that|whose)\b)\s+[^,]{1,60}?,(?:\s+(?!(?:who|which|that|whose)\b)[\p{Ll}\p{N},'-]+){0,5}?|(?:\s+[\p{Ll}\p{N},'-]+){0,5}?),?\s+(?:won|wins|beat|beats|defeated|defeats|claimed|clinched|captured|secured|triumphed|(?:took|lifted) (?:(?:the|a|an|his|her|their) )?(?:(?!silver\b|bronze\b)[\p{L}\p{N}'-]+ ){0,2}(?:gold|title|crown|[Tt]rophy|[Cc]up|medal)\b|(?:retained|retains|defended|defends) (?:(?:the|his|her|their) )?(?:[\p{L}\p{N}'-]+ ){0,2}(?:title|crown|[Tt]rophy|[Cc]up)\b|became (?:the )?(?:first |new )?champions?)\b")]
    private static partial Regex WinnerBefore();

    // "Judoka Marta Sellari, who won gold in the women's 57kg, said…": a clause about the winner is the win asked
    // about when it names what the question names ("57kg"); "Lind, who won the 2019 title, said…" is not the answer
    // to "Who won the title?".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+)*,\s+who\s+(?:had\s+|has\s+|have\s+)?(?:won|claimed|clinched|captured|took)\s+(?<what>[^,.;]+)")]
    private static partial Regex WinnerWho();

    // "Pyrelight's 0-3 defeat to Sablewood Esports": whom a side lost to won; "The cup went to 31-year-old Jonas
    // Brandvik": an age between says the same.
    [GeneratedRegex(@"\b(?:won by|went to|goes to|pass(?:es|ed) to|awarded to|champions?,?|winners?,?|gold medallist|gold medalist|defeat to|defeat by|loss to|lost to|losing to|beaten by)\s+(?:was\s+|were\s+|is\s+)?(?:the\s+)?(?:\d+-year-old\s+)?(?<name>\p{Lu}[\p{L}'-]+)")]
    private static partial Regex WinnerAfter();

    /// <summary>
    /// "Who won the first Vantresco Okwuosa fight?" names both sides: "Vantresco beat Okwuosa by split decision" says
    /// which of them won, though the winner is one the question names. Only a win of one of its names over another.
    /// </summary>
    private static IEnumerable<Match> WinnerOfThoseAsked(string sentence, FactContext context) =>
        OneBeatAnother().Matches(sentence).Where(m => context.IsQuestionName(m.Groups["name"].Value) && context.IsQuestionName(m.Groups["loser"].Value)
            && !m.Groups["name"].Value.Equals(m.Groups["loser"].Value, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'-]+)\s+(?:beat|beats|defeated|defeats|outpointed|outpoints|overcame|stopped|knocked out|edged(?: past| out)?|upset)\s+(?:\p{Lu}[\p{L}'-]+\s+)*?(?<loser>\p{Lu}[\p{L}'-]+)\b")]
    private static partial Regex OneBeatAnother();
}
