using System.Globalization;
using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// A year the question names is the time of what it asks ("Who won the 2022 Australian Open?", "What did the IOC
/// decide in 2023?"): a sentence about another year answers another question, however well it matches the rest
/// ("…beat Tsitsipas in the final on 29 January 2023"). A year after "since", "until" and the like only bounds a
/// time ("banned since 2022"), and a later story answers it as well as one of that year.
/// </summary>
internal static partial class AskedYears
{
    public static IReadOnlyList<int> Of(string question) =>
        [.. Year().Matches(question).Where(m => !Bound().IsMatch(question[..m.Index])).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct()];

    /// <summary>
    /// The sentence (read with the ones it follows) or its story's headline names an asked year, or its story is from
    /// one: its news is of that year, whatever earlier year it recalls ("defending the title he won at Tokyo 2020"),
    /// unless it dates what it tells "in" another year ("issued 402 permits in 2024") or by another year's edition ("It
    /// staged the 2019 tournament and won it").
    /// Otherwise a sentence naming another year is about that year ("beat Tsitsipas in the final on 29 January 2023"
    /// does not tell who won in 2022); one naming none looks ahead from a story written before the asked year, which
    /// answers what will happen then but not what happened: "Why did the IPC vote against a full suspension in 2023?"
    /// is not told by a story of 2022, whatever reason it gives for that year's vote.
    /// </summary>
    /// <param name="askedAsPast">The question asks what happened ("did", "was"), not what will.</param>
    public static bool About(IReadOnlyList<int> asked, string context, string headline, DateOnly? published, bool askedAsPast)
    {
        if (asked.Count == 0 || Names(asked, context))
        {
            return true;
        }

        // "How many permits were issued in 2025?" is not answered by a 2025 story's "issued 402 permits in 2024": a
        // fact the sentence itself dates "in" another year, or tells of another year's edition, is of that year,
        // whenever it was reported and whatever year its headline names.
        if (InAnotherYear().IsMatch(context))
        {
            return false;
        }

        if (Names(asked, headline))
        {
            return true;
        }

        if (published is { } day && asked.Contains(day.Year))
        {
            return true;
        }

        return !Year().IsMatch(context) && (published is not { } date || (date.Year < asked.Min() && !askedAsPast));
    }

    /// <summary>The months the question names with their year ("Back in January 2022"), as (month, year).</summary>
    public static IReadOnlySet<(int Month, int Year)> Months(string question) =>
        MonthOfYear().Matches(question)
            .Select(m => (DateText.MonthNumber(m.Groups["month"].Value), int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)))
            .ToHashSet();

    /// <summary>
    /// Months the question names without a year ("in June", "last March"): a question about the past dated so is
    /// answered first from a source written in that month.
    /// </summary>
    public static IReadOnlySet<int> MonthsWithoutYear(string question) =>
        MonthAlone().Matches(question).Select(m => DateText.MonthNumber(m.Groups["month"].Value)).ToHashSet();

    /// <summary>
    /// The days the question names as the time of what it asks ("on 19 October 2024", "October 19"), as (day, month).
    /// A day after "since", "after" and the like only bounds a time ("after 28 February"), as a year there does.
    /// </summary>
    public static IReadOnlySet<(int Day, int Month)> DaysOf(string question) =>
        DaysIn(DayOfMonth().Matches(question).Where(m => !Bound().IsMatch(question[..m.Index])));

    private static IReadOnlySet<(int Day, int Month)> DaysIn(IEnumerable<Match> days) =>
        days.Select(m => (int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), DateText.MonthNumber(m.Groups["month"].Value))).ToHashSet();

    /// <summary>
    /// "Who did Harbour City play on 19 October?" is not answered by "their next match, against Pelham Rovers on 16
    /// November": a sentence that dates what it tells by the day, and by none of the days asked, tells of another day's
    /// event. One that gives no day may be about the asked one.
    /// </summary>
    public static bool OnAnAskedDay(IReadOnlySet<(int Day, int Month)> asked, string sentence) =>
        asked.Count == 0 || DaysIn(DayOfMonth().Matches(sentence)) is not { Count: > 0 } days || days.Overlaps(asked);

    public static bool IsYear(string word) => word.Length == 4 && Year().IsMatch(word);

    private static bool Names(IReadOnlyList<int> asked, string text) =>
        Year().Matches(text).Any(m => asked.Contains(int.Parse(m.Value, CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex Year();

    // "It staged the 2019 tournament and won it": an edition named by its year is of that year too.
    [GeneratedRegex(@"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d{2}\b|\bthe\s+(?:19|20)\d{2}\s+(?:tournament|edition|final|season|championships?|games|cup|race|competition)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InAnotherYear();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOfYear();

    [GeneratedRegex(@"\b(?<day>[1-9]|[12]\d|3[01])\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>[1-9]|[12]\d|3[01])\b(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfMonth();

    // "May" alone is a month only after a word that dates ("in May"), never as "May Russians compete…?".
    [GeneratedRegex(@"\b(?:in|during|last|this|that|early|late|mid|mid-|by|until|since)\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*,?\s*(?:19|20)\d{2})")]
    private static partial Regex MonthAlone();

    /// <summary>The question's words just before a year make it a bound: "since 2022", "until 2026", "after February 2022".</summary>
    [GeneratedRegex(@"\b(?:since|after|before|until|till|from|between)\s+(?:(?:early|late|mid|the end of|the start of)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Bound();
}
