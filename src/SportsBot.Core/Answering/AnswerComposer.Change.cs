using System.Globalization;
using System.Text.RegularExpressions;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>How <see cref="AnswerComposer"/> answers a question about how much a figure changed.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// "By how much did the appeal bring down the penalty?" asks for the change itself: when the sentence that answers
    /// gives the figure before and after ("cut from 4.2 million crowns to 1.5 million"), the answer works it out ("That
    /// is a change of 2.7 million crowns."), citing that sentence. Null when the question asks no change, or the
    /// sentence gives no such pair (a change told across two stories is left to the reader).
    /// </summary>
    private static AnswerPart? ChangeWorkedOut(QueryAnalysis query, EvidenceSentence told, AnswerCitations sources)
    {
        if (!AsksForAChange(query) || FromTo().Match(told.Sentence.Text) is not { Success: true } pair)
        {
            return null;
        }

        var before = Amount(pair.Groups["a"].Value, pair.Groups["as"].Value);
        var after = Amount(pair.Groups["b"].Value, pair.Groups["bs"].Success ? pair.Groups["bs"].Value : pair.Groups["as"].Value);
        if (before.Value == after.Value || (AskedYears.IsYear(pair.Groups["a"].Value) && AskedYears.IsYear(pair.Groups["b"].Value)))
        {
            return null;
        }

        // "from 4.2 million to 1.5 million" is told in millions, and so is its change; "from 900,000 to 1.2 million" in full.
        var scale = pair.Groups["bs"].Value is "" || pair.Groups["bs"].Value == pair.Groups["as"].Value ? pair.Groups["as"].Value : string.Empty;
        var figure = Change(before, after, scale);
        var currency = pair.Groups["c"].Success ? pair.Groups["c"].Value : pair.Groups["c2"].Value;
        var unit = pair.Groups["unit"].Success ? " " + pair.Groups["unit"].Value : string.Empty;
        return new AnswerPart(AnswerRole.Supporting, $"That is a change of {currency}{figure}{unit}.", [sources.Cite(told)], told.Published);
    }

    /// <summary>
    /// "By how much did the court reduce the bill?": when the sum as it stands ("must pay €268,000") and the sum it
    /// replaced ("an invoice for €412,600") are in two sentences the answer quotes, the change is worked out across
    /// them ("That is a change of €144,600, from €412,600 to €268,000."), citing both. The sum as it stands is the one
    /// its newest story gives; the one it replaced, an older story's or one its sentence calls the first or original.
    /// Only sums of money in one currency, each the only sum of its sentence: which of several is meant is not guessed.
    /// Null when the question asks no change or the answer has no such pair.
    /// </summary>
    private static AnswerPart? ChangeAcrossSentences(QueryAnalysis query, IReadOnlyList<EvidenceSentence> used, AnswerCitations sources)
    {
        if (!AsksForAChange(query))
        {
            return null;
        }

        // As quoted: a sentence that refers back brings the one it refers to ("Dynamo must pay €268,000…" before "The
        // court also accepted…").
        var single = used.Select(e => (Told: e, Sums: Sum().Matches(e.Sentence.WithAntecedent).ToList())).Where(x => x.Sums.Count == 1)
            .Select(x => (x.Told, Sum: x.Sums[0])).ToList();
        var newest = single.Where(x => x.Told.Published is not null).Select(x => x.Told.Published).Max();
        if (newest is null || single.FirstOrDefault(x => x.Told.Published == newest && !GivenFirst(x.Told, x.Sum)) is not { Told: not null } after)
        {
            return null;
        }

        var before = single.FirstOrDefault(x => x.Told != after.Told && CurrencyOf(x.Sum) == CurrencyOf(after.Sum)
            && (x.Told.Published < newest || GivenFirst(x.Told, x.Sum)));
        if (before.Told is null)
        {
            return null;
        }

        var from = Amount(before.Sum.Groups["a"].Value, before.Sum.Groups["s"].Value);
        var to = Amount(after.Sum.Groups["a"].Value, after.Sum.Groups["s"].Value);
        if (from.Value == to.Value)
        {
            return null;
        }

        var figure = Change(from, to, before.Sum.Groups["s"].Value == after.Sum.Groups["s"].Value ? before.Sum.Groups["s"].Value : string.Empty);
        var symbol = after.Sum.Groups["c"].Value;
        var word = after.Sum.Groups["w"].Success ? " " + after.Sum.Groups["w"].Value : string.Empty;
        return new AnswerPart(
            AnswerRole.Supporting,
            $"That is a change of {symbol}{figure}{word}, from {before.Sum.Value.Trim()} to {after.Sum.Value.Trim()}.",
            [sources.Cite(before.Told), sources.Cite(after.Told)],
            after.Told.Published);
    }

    /// <summary>The currency a sum is in: its sign, or its word in the singular ("marks" is "mark").</summary>
    private static string CurrencyOf(Match sum) =>
        sum.Groups["c"].Success ? sum.Groups["c"].Value : sum.Groups["w"].Value.ToLowerInvariant().TrimEnd('s');

    // "€268,000", "$1.2 million", "14.5 million marks": a sum of money, by its sign or its currency's word (those
    // FactSpotter reads, and marks, which after a sum are no verb).
    [GeneratedRegex(@"(?<c>" + FactSpotter.CurrencySign + @")(?<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?<s>million|billion|thousand))?\b|(?<![\d.,])(?<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?<s>million|billion|thousand))?\s+(?<w>marks|" + FactSpotter.Currencies + @")\b")]
    private static partial Regex Sum();

    /// <summary>"The original demand for €412,600", "initially set at €5,000": the sum a change started from, so called just before it.</summary>
    private static bool GivenFirst(EvidenceSentence told, Match sum) =>
        FirstGiven().IsMatch(string.Join(' ', told.Sentence.WithAntecedent[..sum.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(SumCalledFirstWithin)));

    /// <summary>How many words before a sum may call it the first one: "the original demand for €412,600".</summary>
    private const int SumCalledFirstWithin = 4;

    [GeneratedRegex(@"\b(?:original|originally|first|initial|initially)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstGiven();

    private static bool AsksForAChange(QueryAnalysis query) => query.Asks == AskedFor.HowMany && ChangeAsked().IsMatch(query.Question);

    /// <summary>
    /// "How far over budget were the Games?" asks for a difference: of the stories that answer, the newest whose answer
    /// states one ("The new figure is €182 million more than the €265 million budget") leads before an older one that
    /// gives only the total ("cost €412 million, more than one and a half times the budget"), when it says what the
    /// difference is of in the question's words: the games' overrun is not the seating's, though the story names the
    /// games. Null when the question asks no change or no answer states a difference.
    /// </summary>
    private static EvidenceSentence? NewestDifference(EvidenceSet evidence, List<EvidenceSentence> bestPerArticle) =>
        !AsksForAChange(evidence.Question.Query) ? null
            : bestPerArticle.Where(e => Difference().IsMatch(e.Sentence.Text) && e.Check.FocusSaid.Count > 0)
                .MaxBy(e => e.Passage.Article.Published);

    /// <summary>How far apart two amounts are, written in <paramref name="scale"/> ("2.7 million") when both were, else in full ("144,600").</summary>
    private static string Change((decimal Value, int Decimals) before, (decimal Value, int Decimals) after, string scale)
    {
        var change = Math.Abs(before.Value - after.Value);
        var decimals = Math.Max(before.Decimals, after.Decimals);
        return scale.Length > 0
            ? (change / Scale(scale)).ToString("N" + decimals, CultureInfo.InvariantCulture) + " " + scale
            : change.ToString(change == Math.Floor(change) ? "N0" : "N" + decimals, CultureInfo.InvariantCulture);
    }

    private static (decimal Value, int Decimals) Amount(string number, string scale)
    {
        var digits = number.Replace(",", string.Empty, StringComparison.Ordinal);
        var value = decimal.Parse(digits, CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        return (value * Scale(scale), point < 0 ? 0 : digits.Length - point - 1);
    }

    private static decimal Scale(string scale) => scale switch
    {
        "million" => 1_000_000m,
        "billion" => 1_000_000_000m,
        "thousand" => 1_000m,
        _ => 1m,
    };

    // "How much has the fee been raised?" asks a change; "how much does the club have to raise" asks for money to collect.
    [GeneratedRegex(@"\bby how much\b|\bhow much (?:less|more|lower|higher|smaller|bigger|cheaper)\b|\bhow (?:far|much) (?:over|under|above|below|beyond)\b|\bhow (?:much|many)\b.*\b(?:knock(?:ed|s)?\s+off|taken\s+off|shaved\s+off|brought\s+down|bring\s+down|cut|reduced|reduce|lowered|lower|raised|(?<!\bto\s)raise|increased|increase|gained|gain|dropped|fell|fall|rose|rise|grew|grow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeAsked();

    // "€182 million more than the budget", "5 per cent lower than planned": a figure by which one thing exceeds or falls
    // short of another; "€412 million, more than one and a half times the budget" gives a total, not the difference.
    [GeneratedRegex(@"\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?(?:\s+(?:per cent|percent|[a-z]+))?\s+(?:more|less|fewer|higher|lower|above|below|over|under|cheaper|dearer)\s+than\b")]
    private static partial Regex Difference();

    // "cut from 4.2 million crowns to 1.5 million", "lowered from 500,000 marks a match to 300,000": the figure
    // before and after, in the same unit, with a few words of what it is between them.
    [GeneratedRegex(@"\bfrom\s+(?<c>" + FactSpotter.CurrencySign + @")?(?<a>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?<as>million|billion|thousand))?(?:\s+(?<unit>(?!(?:a|an|the|per|each|to)\b)\p{Ll}+))?(?:\s+\p{Ll}+){0,2}?\s+to\s+(?<c2>" + FactSpotter.CurrencySign + @")?(?<b>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?<bs>million|billion|thousand))?\b")]
    private static partial Regex FromTo();
}
