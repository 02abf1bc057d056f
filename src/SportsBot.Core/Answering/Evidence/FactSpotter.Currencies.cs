using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>What a sum of money is written in (a currency's name or sign, an old currency's, or a unit a word of money governs), and the words it is said to be of.</summary>
public static partial class FactSpotter
{
    // A currency a story may give a sum in; "won" is left out, being far more often the verb.
    internal const string Currencies = "euros?|dollars?|pounds?|francs?|roubles?|rubles?|yen|yuan|crowns?|kroner|kronor|krona|koruna|zloty|zlotys|forints?|rupees?|pesos?|reais|riyals?|rials?|dirhams?|dinars?|shekels?|lira|lire|hryvnias?|rand";

    // A dollar of a country that marks its own by letters before the sign: "A$", "NZ$", "T$26,500".
    internal const string CurrencySign = "(?-i:[A-Z]{1,3})?[€$£]";

    [GeneratedRegex(@"^" + CurrencySign + "|^(?:" + Currencies + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    // "fined 500,000 marks", "2 million dalers": a currency no longer in use, or a country's own, whose name is also a
    // common word ("this marks the first time"), is money only right after a sum.
    [GeneratedRegex(@"\b\d[\d.,]*\s+(?:(?:million|billion|thousand)\s+)?(?:marks?|markkas?|dalers?|thalers?|ducats?|florins?|guilders?|levs?|leva|lei|denars?|tolars?|kunas?|litas|lats|schillings?|escudos?|pesetas?|drachmas?|talers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OldCurrency();

    /// <summary>
    /// "fined 60,000 lumos", "a fee of 310,000 marevs", "cut his fine from 60,000 lumos": a sum in a unit no list
    /// knows (a country's own currency, written out) is money when a word of money governs it a few words before, and
    /// it is written as sums are (thousands set apart by commas, or millions). Not a count of people or things that
    /// such a word happens to precede ("cost 1,200 jobs").
    /// </summary>
    [GeneratedRegex(@"\b(?:" + MoneyNouns + @"|costing|paid|pay|pays|paying|worth|owed|owing|damages)\b(?:\s+[\p{L}'’]+){0,4}?\s+(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|billion|thousand))\s+(?:\p{Lu}\p{Ll}+\s+)?(?!(?:people|fans|players|jobs|tickets|seats|members|votes|spectators|athletes|runners|riders|visitors|staff|workers|children|homes|kilometres|metres|miles|km|hours|days|weeks|months|years)\b)\p{Ll}{3,}\b")]
    private static partial Regex UnnamedCurrency();

    /// <summary>The nouns a sum of money is said to be of: a fine, a fee, a budget, a grant…</summary>
    private const string MoneyNouns = "fine|fines|fined|fee|fees|price|prices|cost|costs|grant|grants|penalty|penalties|bonus|bonuses|salary|salaries|wage|wages|tax|taxes|compensation|budget|debt|debts|prize|payment|payments|levy|subsidy|funding|payout|payouts|overspend|overspending|spending";

    /// <summary>A sum of money in any of the ways above.</summary>
    private static bool HasMoney(string sentence) => WordWithPosition().Matches(sentence).Any(w => Money().IsMatch(w.Value)) || OldCurrency().IsMatch(sentence) || UnnamedCurrency().IsMatch(sentence);

    /// <summary>An amount: a sum of money, or a share ("per cent", "%").</summary>
    private static bool HasAmount(string sentence) =>
        sentence.Contains("per cent", StringComparison.OrdinalIgnoreCase)
        || WordWithPosition().Matches(sentence).Any(w => Money().IsMatch(w.Value) || w.Value.Contains('%') || w.Value.Equals("percent", StringComparison.OrdinalIgnoreCase))
        || OldCurrency().IsMatch(sentence) || UnnamedCurrency().IsMatch(sentence);
}
