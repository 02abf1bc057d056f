using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Whose deed of money a sentence tells: "MTR had paid 14 million" is not what Kivo paid, nor is a sum only offered one paid.</summary>
public static partial class FactSpotter
{
    /// <summary>"MTR had paid 14 million…" when the question asks what Kivo paid: a name not the asked doer's tells the deed.</summary>
    private static bool AnotherPaid(string sentence, IReadOnlyList<string> doer) =>
        doer.Count > 0 && Payer().Matches(sentence).Any(m => !Search.StopWords.Contains(m.Groups["name"].Value)
            && !doer.Contains(m.Groups["name"].Value, StringComparer.OrdinalIgnoreCase));

    /// <summary>The verb of a deed of money after whoever did it ("had paid", "reportedly received").</summary>
    private const string PaysOrIsPaid = @"\s+(?:(?:had|has|have|will|would|also|already|reportedly|then|once|must|should|(?:has|have|had|is|was|were)\s+to|(?:was|were|is|are)\s+ordered\s+to)\s+)*(?:paid|pays|pay|spent|spends|bought|buys|received|receives|earned|earns|accepted|got|gets|took|takes|sold|sells|offered|offers)\b";

    /// <summary>
    /// "The club sold its training ground to the city council. The club paid…" when the question asks what the city
    /// council paid: a description is compared with a description ("the club" is not "the council"); a name the story
    /// gives may be either, and is not.
    /// </summary>
    private static bool AnotherDescribedPaid(string sentence, string? doerNoun, IReadOnlyList<string> doer) =>
        doerNoun is not null ? DescribedPayer().Matches(sentence).Any(m => !m.Groups["noun"].Value.Equals(doerNoun, StringComparison.OrdinalIgnoreCase))
        : doer.Count > 0 && DescribedPayer().Matches(sentence).Any(m => BodyPayer().IsMatch(m.Groups["noun"].Value) && !doer.Contains(m.Groups["noun"].Value, StringComparer.OrdinalIgnoreCase));

    // "The ministry must pay Vesk 5,550 talars" is no sum the Sarvenian Weightlifting Federation spent: a body described
    // by its kind pays for itself, and is the named one only when its name carries that word.
    [GeneratedRegex(@"^(?:ministry|federation|club|council|government|union|association|league|board|committee|state|city|company|team|organisers|sponsor|broadcaster|agency|court)$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyPayer();

    [GeneratedRegex(@"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?<noun>\p{Ll}[\p{L}-]*)" + PaysOrIsPaid)]
    private static partial Regex DescribedPayer();

    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}\p{N}'’-]*)" + PaysOrIsPaid)]
    private static partial Regex Payer();

    [GeneratedRegex(@"\b(?:agreed|offered|planned|plans|planning|promised|wanted|hoped|expected|due|set|was|were) to (?:buy|pay|purchase|spend|acquire)\b|\bwould (?:pay|buy|spend|cost)\b|\b(?:offer|bid|proposal) of\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentToCome();

    /// <summary>"How much is the government spending?" is answered by "will spend 9 million sedras": the question's own verb before a sum.</summary>
    private static bool SumPaidAsAsked(string sentence, MoneyDeed money, FactContext context) =>
        SumPaid().Matches(sentence).Any(m => context.Matcher.SameWord(context.Matcher.StemOf(m.Groups["verb"].Value), context.Matcher.StemOf(money.Verb)));

    // "will spend 9 million sedras on the system": a sum in millions right after the verb of paying a question asks
    // about is money, whatever the currency is called; "spent three years" is no sum.
    [GeneratedRegex(@"\b(?<verb>spend|spends|spent|spending|pay|pays|paid|paying|cost|costs|costing|invest|invests|invested|investing)\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|up to|at least|an estimated|a further|another)\s+)?\d[\d.,]*\s+(?:million|billion|thousand)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SumPaid();
}
