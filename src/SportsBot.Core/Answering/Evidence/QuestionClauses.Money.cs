using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"How much did MTR pay for the rights?": money someone paid, spent, got or took, or must hand back.</summary>
public static partial class QuestionClauses
{
    // Whoever pays tells of it in the words of paying, spending or buying, or of what the seller charges; whoever is
    // paid in the words of getting, earning, taking or selling ("accepted 400,000 dollars", "brought the club 90
    // million pounds").
    private static readonly string[] PaidWords =
        ["pay", "paid", "pays", "paying", "payment", "payments", "price", "cost", "costs", "fee", "fees", "spend", "spent", "spends",
            "buy", "bought", "buys", "purchase", "purchased", "offer", "offered", "bid", "worth", "valued", "charge", "charges", "charged", "charging",
            "repay", "repaid", "repays", "repayment", "refund", "refunded", "refunds", "return", "returned", "returns"];

    private static readonly string[] GotWords =
        ["get", "got", "gets", "receive", "received", "receives", "earn", "earned", "earns", "earnings", "make", "made", "take", "took",
            "taken", "accept", "accepted", "sell", "sold", "sale", "bring", "brought", "brings", "raise", "raised", "pay", "paid", "payment",
            "fee", "fees", "prize", "worth", "price", "salary", "wage", "wages", "bonus", "recover", "recovered", "recovers"];

    // "How much has the union spent", "how much has the federation got back": the same deeds asked in the perfect.
    private static readonly Dictionary<string, string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["paid back"] = "pay back", ["paid"] = "pay", ["spent"] = "spend", ["bought"] = "buy", ["offered"] = "offer",
        ["got"] = "get", ["gotten"] = "get", ["received"] = "receive", ["earned"] = "earn", ["made"] = "make", ["taken"] = "take",
        ["accepted"] = "accept", ["sold"] = "sell", ["brought"] = "bring", ["raised"] = "raise", ["repaid"] = "repay",
        ["refunded"] = "refund", ["returned"] = "return", ["handed back"] = "hand back", ["given back"] = "give back",
        // "How much is the government spending on the system?": a payment asked as going on. Not what somebody is
        // earning or getting, which a sum they were awarded or lost does not tell.
        ["paying"] = "pay", ["spending"] = "spend", ["costing"] = "cost", ["offering"] = "offer",
    };

    // A sum someone was fined is told in the words of a fine: a ban, a compensation fund or costs beside it are not it.
    private static readonly string[] FinedWords = ["fine", "fined", "fines", "penalty", "penalties"];

    /// <summary>
    /// "How much did MTR pay for the rights?", "How much did Oresko take?": the words a sentence telling that deed of
    /// money uses, and the capitalised words of who did it (none for "How much did the stadium cost?"); the verb is the
    /// question's own. Null when the question asks for no such deed ("How much is the fine?").
    /// </summary>
    public static MoneyDeed? MoneyDeedAsked(string clause)
    {
        var match = MoneyQuestion().Match(QuestionKindReader.WithoutOpener(clause));
        if (!match.Success)
        {
            return null;
        }

        // The deed is told by the question's own word (a word an answer need not say), and read whatever its tense.
        // "How much did Orlicz get fined?" asks for her fine, as "How much was she fined?" does.
        var asked = match.Groups["verb"].Value.ToLowerInvariant() is "get" or "got" && GotFined().IsMatch(clause[(match.Index + match.Length)..])
            ? "fined"
            : match.Groups["verb"].Value.ToLowerInvariant();
        var verb = Participles.GetValueOrDefault(asked, asked);
        if (verb == "fined")
        {
            return new MoneyDeed(asked, FinedWords, [.. Words(match.Groups["doer"].Value).Where(w => char.IsUpper(w[0]))]);
        }

        // "How much was Dunmore paid for the fight?": whoever was paid is told of in the words of getting or being paid
        // or awarded, by whoever paid; a sum the sentence gives without them ("ranked second at 168 pounds") is no pay.
        if (match.Groups["paid"].Success)
        {
            return new MoneyDeed(match.Groups["paid"].Value.ToLowerInvariant(), [.. GotWords, "offered", "given", "awarded", "award", "granted"], []);
        }

        var paid = verb is "pay" or "spend" or "cost" or "buy" or "offer" or "bid" or "repay" or "refund" or "return" or "hand back" or "give back" or "pay back";
        // "has the federation actually got back": an adverb is no part of who did it.
        var doer = Words(match.Groups["doer"].Value).Where(w => !Adverb().IsMatch(w)).ToList();
        // "How much does the league reckon the cap will cost clubs?" asks for a sum to come as much as "How much will the
        // cap cost?": the modal before the verb is no part of who pays.
        var reportedToCome = doer.Count > 1 && doer[^1].ToLowerInvariant() is "will" or "would";
        if (reportedToCome)
        {
            doer.RemoveAt(doer.Count - 1);
        }

        // "the No Games Kessrun campaign" is described by its last word as much as "the city council" is.
        var noun = doer.Count > 1 && char.IsLower(doer[^1][0]) && StopWords.Contains(doer[0]) ? doer[^1] : null;
        // "How much does the league have to pay now?": what one must pay includes a fine or a penalty ("the league's
        // penalty has been cut to 1.5 million"), which "How much did MTR pay for the rights?" does not ask about.
        var said = !paid ? GotWords : match.Groups["must"].Success ? [.. PaidWords, .. FinedWords] : PaidWords;
        // "How much is Tarsland Rugby paying to settle?" asks for a sum going on or agreed ("has agreed to pay"), as much as one to come.
        var goingOn = asked.EndsWith("ing", StringComparison.Ordinal);
        return new MoneyDeed(asked, said, [.. doer.Where(w => char.IsUpper(w[0]))], noun, reportedToCome || goingOn || match.Groups["aux"].Value.ToLowerInvariant() is "will" or "would");
    }

    [GeneratedRegex(@"^how much (?:money |cash |of (?:the |that |this |its |their )?(?:[\p{L}-]+ ){0,2}?(?:money|cash|sum|amount|it) )?(?:(?<aux>did|does|do|will|would|has|have|had|can|could)\s+(?<doer>.+?)\s+(?:(?<must>have|has|need|needs) to\s+)?(?<verb>pay back|pay|spend|cost|buy|offer|bid|get|receive|earn|make|take|accept|sell|bring|raise|repay|refund|return|hand back|give back|paid back|paid|spent|bought|offered|got|gotten|received|earned|made|taken|accepted|sold|brought|raised|repaid|refunded|returned|handed back|given back)|(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?<doer>.+?)\s+(?:been\s+)?(?<verb>fined)|(?:was|were|is|are|has|have|had|will)\s+(?:been\s+|be\s+)?(?<doer>.+?)\s+(?:been\s+|be\s+)?(?<paid>paid|offered|given|awarded)|(?<aux>is|are|was|were)\s+(?<doer>.+?)\s+(?<verb>paying|spending|costing|offering))\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyQuestion();

    [GeneratedRegex(@"^(?:actually|already|really|ever|still|now|just|finally|eventually|reportedly|altogether|overall)$", RegexOptions.IgnoreCase)]
    private static partial Regex Adverb();

    [GeneratedRegex(@"^\s+fined\b", RegexOptions.IgnoreCase)]
    private static partial Regex GotFined();

    /// <summary>"salary", "cap" of "How big is the Ironsides' salary cap fine now?": the words right before the noun asked the amount of, which say which one.</summary>
    public static IReadOnlyList<string> DescribingTheNoun(string clause, string? noun)
    {
        if (noun is null)
        {
            return [];
        }

        var words = Words(clause).ToList();
        var at = words.FindIndex(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase));
        return at < 0 ? [] : [.. words.Take(at).Reverse().TakeWhile(w => char.IsLower(w[0]) && !StopWords.Contains(w)).Take(3)];
    }
}
