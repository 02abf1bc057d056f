using System.Globalization;
using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"When will…": a time still to come when the story was written.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// The sentence gives a time to come, seen from its story's date: a date after it ("from 2023", "on 25 September"
    /// in a February story), an end left open ("for the foreseeable future", "in the future", "until further
    /// notice"), or a length of time that runs from then ("banned for three years"). "Vettel said on 24 February
    /// that he would not race" tells when something was said, not when it will happen. An undated story's dates
    /// cannot be placed, so any date there counts. The year the question names is no answer on its own ("the 2027
    /// championships" for "When are the 2027 championships?").
    /// </summary>
    public static bool GivesTimeToCome(string sentence, DateOnly? published, FactContext context)
    {
        // A race's seconds ("two seconds ahead") are no time to come.
        if (OpenEnded().IsMatch(sentence) || GivesLength(sentence, withClockUnits: false))
        {
            return true;
        }

        return published is not { } written ? HasDate(sentence, context) : GivesDateToCome(sentence, written, context);
    }

    /// <summary>"…to begin on 22 November", in a story of 6 November: a date after the day the story was <paramref name="written"/>.</summary>
    public static bool GivesDateToCome(string sentence, DateOnly written, FactContext context)
    {
        foreach (Match date in CalendarDate().Matches(sentence))
        {
            var year = date.Groups["year"].Success ? int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture) : written.Year;
            // A month without its year is this year's only in a sentence that looks ahead ("opens on 12 May", "is due
            // to run until June"); "when it was suspended in October", in a February story, is last October.
            if (!date.Groups["year"].Success && !LooksAhead().IsMatch(sentence))
            {
                continue;
            }

            if (!date.Groups["month"].Success)
            {
                if (year > written.Year && !IsAskedYear(date.Value, context))
                {
                    return true;
                }

                continue;
            }

            var month = DateText.MonthNumber(date.Groups["month"].Value);
            var day = date.Groups["day"].Success ? int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture) : DateTime.DaysInMonth(year, month);
            if (new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))) > written)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A day of a month ("on 17 June", "March 3"). Not a day of the week: "on Wednesday" places the story's news, and
    /// it reaches a sentence that only refers back to it ("The boycott follows the conviction last month…").
    /// </summary>
    private static bool GivesDay(string sentence) => CalendarDate().Matches(sentence).Any(date => date.Groups["day"].Success);

    /// <summary>"A day later", "two years after the ban", "almost ten months": the sentence states a length of time itself.</summary>
    public static bool StatesALength(string sentence) => Duration().IsMatch(sentence) || GivesLength(sentence);

    /// <summary>
    /// "How long was he banned": a length something lasts. When the question relates it to no other time, a length
    /// before or after another event is when something happened ("four months after dropping its sponsor", "two years
    /// ago"), and one a superlative is measured over is a comparison ("their lowest place in ten years"); one after the
    /// asked thing's own start ("lifted four months after it was imposed"), one it lasts "for" ("suspended for four
    /// years after finding that…") and one it is set "to" or "of" ("cut his wait to one year after Velmark paid") is
    /// still its length. Neither a rate ("worth 12 million pounds a year") nor the length
    /// of something the question does not ask about ("six weeks of protests" for how long a deal lasts) says how long
    /// the asked thing lasts.
    /// </summary>
    private static bool LastsALength(string sentence, FactContext context)
    {
        var lengths = context.AsksHowLongItLasts ? TimeAway().Replace(sentence, " ") : sentence;
        lengths = Rate().Replace(lengths, " ");
        lengths = LengthOf().Replace(lengths, m => context.IsQuestionWord(m.Groups["what"].Value) ? m.Value : " ");
        return LengthLasted().IsMatch(lengths) || GivesLength(lengths);
    }

    private const string LengthCount = @"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many)(?: full)? (?:" + TimeUnits + ")";

    [GeneratedRegex(@"\b" + LengthCount + @" of (?:the |their |his |her |its )?(?<what>[\p{L}-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LengthOf();

    [GeneratedRegex(@"(?<=(?:\d|million|billion|thousand|" + Currencies + @")\s+)(?:a|per|each) (?:year|season|month|week|day|match|game)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\b(?<!\b(?:for|to|of) )" + LengthCount + @" (?:(?:after|before)\b(?!\s+(?:it|its|they|their|he|she|his|her|being|(?:the\s+)?[\p{L}-]+\s+(?:was|were|had|began|started|came)))|ago\b)|\b(?:first|last|lowest|highest|best|worst|biggest|largest|smallest|longest|shortest|fewest|most|least|\w+iest)\b(?: [\p{L}'’-]+){0,3} in (?:(?:the )?(?:past|last) )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|a hundred|several|many) (?:decades|years|months|weeks|days|seasons)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeAway();

    /// <summary>
    /// A length of time: a number of years, months… ("a three-year ban", "almost ten months"), or one no number counts
    /// ("several years", "for life"). A ban or suspension is as often counted in the matches it lasts ("banned for two
    /// matches", "a ten-game suspension"): of a ban, that count is its length too.
    /// </summary>
    private static bool GivesLength(string sentence, bool withClockUnits = true) =>
        Span().IsMatch(sentence)
        || CountOf(sentence, following => following.Any(w => TimeUnit().IsMatch(w) && (withClockUnits || !ClockUnit().IsMatch(w))))
        || (Ban().IsMatch(sentence) && CountOf(sentence, following => following.Any(w => MatchUnit().IsMatch(w))));

    [GeneratedRegex(@"\b(?:bans?|banned|suspended|suspensions?|barred)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ban();

    [GeneratedRegex(@"^(?:matches|games|fixtures|races|match|game|fixture|race)$", RegexOptions.IgnoreCase)]
    private static partial Regex MatchUnit();

    // A span of days ("keep their dates, 12 to 17 September") is a schedule: in a story written before it, it is to come.
    [GeneratedRegex(@"\b(?:will|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|is set to|are set to|plans? to|opens|starts|begins|takes place|from|until|till|next)\b|\b\d{1,2}\s*(?:to|-|–)\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksAhead();

    [GeneratedRegex(@"\b(?:stays?|remains?|remained|stayed) (?:in place|in force|suspended|banned|excluded|barred)\b|\bforeseeable future\b|\bin (?:the )?future\b|\bnext (?:year|season|month|week|summer|winter|spring|autumn)\b|\blater this (?:year|month|season|week)\b|\bin the coming (?:days|weeks|months|years)\b|\bno (?:date|timetable|timeline) (?:has|had|was|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnded();

    /// <summary>"until 30 June", "by the end of March", "a deadline of 1 May": a date something must be done by.</summary>
    [GeneratedRegex(@"\b(?:until|till|by|before|no later than|deadline (?:of|is|was|on)|deadline,?)\s+(?:the end of\s+)?(?:\d{1,2}\s+)?(?:" + Months + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineDate();

    /// <summary>A year alone ("from 2023"), a month with or without its year, or a day of a month ("on 25 September 2022", "September 25").</summary>
    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<day>\d{1,2})(?!\d))?(?:,?\s+(?<year>(?:19|20)\d{2}))?\b|\b(?<year>(?:19|20)\d{2})\b", RegexOptions.ExplicitCapture)]
    private static partial Regex CalendarDate();

    // "kick-off at 20:45", "from 20:45 to 15:00", "at 3pm", "7.30pm".
    [GeneratedRegex(@"\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();
}
