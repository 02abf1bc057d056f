using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>What a how-many question counts, and whether it counts at all or asks for an amount ("how much prize money").</summary>
public static partial class QuestionKindReader
{
    /// <summary>
    /// What a how-many question counts: its first plural noun ("How many Australian Open titles did…" counts titles,
    /// "How many neutral athletes won…" athletes), or else the word after "how many". A possessive ("men's titles")
    /// says whose they are, not what is counted; a word that ends the phrase at once ("How many after his comeback?",
    /// the second half of a message whose first says what it counts) leaves the noun unsaid. Cash is money. "How much"
    /// of a sum measures the phrase's last noun: "grant money" is money, "development funding" funding; the words before
    /// only say which.
    /// </summary>
    private static string? CountedNoun(string question, Group noun)
    {
        var following = CountedWord().Matches(question[noun.Index..]).Select(m => m.Value).TakeWhile(w => !CountedPhraseEnds().IsMatch(w)).Take(4).ToList();
        if (following.Count == 0)
        {
            return null;
        }

        // "How much development funding…", "how much grant money…": a sum is of the phrase's last noun, its head, when
        // that is a word of money; "how much paid parental leave" measures leave in weeks, as its first word reads it.
        if (question[..noun.Index].TrimEnd().EndsWith("much", StringComparison.Ordinal) && SumNoun().IsMatch(following[^1]))
        {
            return following[^1] is "cash" ? "money" : following[^1];
        }

        return following.FirstOrDefault(w => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.Contains('\''))
            ?? following.FirstOrDefault(w => w is "people" or "men" or "women" or "children")
            ?? (noun.Value is "cash" ? "money" : noun.Value);
    }

    [GeneratedRegex(@"[a-z][a-z'-]*")]
    private static partial Regex CountedWord();

    [GeneratedRegex(@"^(?:money|cash|funding|funds|fee|fees|fine|fines|grant|grants|budget|compensation|salary|wages|prize|bonus|levy|subsidy|debt)$")]
    private static partial Regex SumNoun();

    [GeneratedRegex(@"^(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might|must|of|in|at|on|for|from|to|by|with|after|before|since|during|than|that|who|which)$")]
    private static partial Regex CountedPhraseEnds();

    /// <summary>
    /// "How much prize money…", "How much compensation…": the noun is not counted but measured, so the answer is an
    /// amount of it (money or a share), in a sentence that says what the amount is of.
    /// </summary>
    public static bool AsksForAmountOf(string question) =>
        WithoutOpener(LastSentence(question).Replace('’', '\'')).TrimEnd('?', '!', '.', ' ').ToLowerInvariant() is var asked && (AmountOf().IsMatch(asked) || AmountOfThe().IsMatch(asked) || AmountOfA().IsMatch(asked));

    /// <summary>"How many fans were arrested?" counts a noun; "What was the score" and "How much…" count none.</summary>
    public static bool CountsANoun(string question) => CountedNounAsked().IsMatch(WithoutOpener(LastSentence(question)).ToLowerInvariant());

    [GeneratedRegex(@"\bhow many\s+(?:of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?)?[a-z]")]
    private static partial Regex CountedNounAsked();

    [GeneratedRegex(@"\bhow much\s+(?:of\s+an?\s+)?(?!(?:of|did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|time)\b)[a-z]")]
    private static partial Regex AmountOf();
}
