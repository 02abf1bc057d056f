using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"How long does the deal run?", "How long after the invasion did the IOC act?", "When will…?", "On what exact day…?": how a question relates the time it asks for to other times, and what kind of time it asks for.</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// "How long is his sentence?", "How long does the deal run?": how long something lasts, in a question that relates
    /// it to no other time. "How long had it been since…", "How long did it take…", "…the first since when?", "How far
    /// ahead of an event…" relate it to one, and a time away from that ("four months after", "the first in ten years",
    /// "60 days before an event") answers them. So may "How long did the suspension last?": "lifted four months after
    /// it was imposed" tells it.
    /// </summary>
    public static bool RelatesToNoOtherTime(string clause) => !AnotherTime().IsMatch(clause);

    [GeneratedRegex(@"\b(?:after|before|since|ago|later|earlier|between|until|till|when|first|last|take|took|taken|takes|ahead|advance|prior)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherTime();

    /// <summary>
    /// "How long after the invasion did the IOC act?", "How many days passed between the vote and the ban?", "How long
    /// was it from the ruling to the appeal?": the time between two events, which the date of each gives as well as a
    /// stated length ("a day later").
    /// </summary>
    public static bool AsksForTimeBetween(string clause) => TimeBetween().IsMatch(QuestionKindReader.WithoutOpener(clause));

    [GeneratedRegex(@"^how\s+(?:long|much\s+time|many\s+(?:days|weeks|months|years|hours|seasons))\s+(?:(?:had\s+|has\s+|have\s+)?(?:passed|elapsed|gone\s+by|went\s+by)\s+)?(?:(?:was\s+it|is\s+it|did\s+it\s+take)\s+)?(?:after|before|later|earlier|between|from|since|until)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeBetween();

    /// <summary>"What time does the final kick off?", "At what time…": a time of day, which a date alone does not give.</summary>
    public static bool AsksForTimeOfDay(string clause) => TimeOfDayAsked().IsMatch(QuestionKindReader.WithoutOpener(clause));

    [GeneratedRegex(@"^(?:at\s+)?what\s+time\s+(?:is|was|are|were|will|would|does|did|do|has|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDayAsked();

    /// <summary>
    /// "the appeal ruling" of "Where did Kestrel Vale sit in the table after the appeal ruling?": the event a question
    /// closes by placing what it asks after. Empty when it places it after nothing, when it goes on after the event ("…
    /// after the friendly was called off, and in which city?"), or asks for the time between two events, whose second is
    /// no mere setting.
    /// </summary>
    public static string AfterEvent(string clause) =>
        AsksForTimeBetween(clause) ? string.Empty : AfterClause().Match(clause) is { Success: true } after ? after.Groups["event"].Value : string.Empty;

    [GeneratedRegex(@"\s(?:after|following|since)\s+(?<event>[^,;?]+?)\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterClause();

    /// <summary>"Why did the director finally give up…?", "Where were they eventually held?", "how much did they end up getting fined": the question asks how a matter that changed ended.</summary>
    public static bool AsksHowItEnded(string question) => HowItEnded().IsMatch(question);

    [GeneratedRegex(@"\b(?:finally|eventually|ultimately|in the end|" + EndedUpWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowItEnded();

    /// <summary>"how much did they end up getting fined": "end up" asks how it ended, and is no word a sentence must say.</summary>
    public static bool SaysEndedUp(string question) => EndedUp().IsMatch(question);

    private const string EndedUpWords = "end(?:s|ed|ing)? up";

    [GeneratedRegex(@"\b" + EndedUpWords + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndedUp();

    /// <summary>
    /// "When will Russia return…?", "When is the ban going to end?", "When can they play again?", "When does the ban
    /// expire?", "When are the 2027 world championships?" (an event asked in the present tense): the question asks for a
    /// time still to come, not for when something was said or done.
    /// </summary>
    public static bool AsksForTimeToCome(string clause) => WhenToCome().IsMatch(QuestionKindReader.WithoutOpener(clause));

    [GeneratedRegex(@"^(?:when|how soon)\s+(?:will|would|shall|'ll\b|(?:is|are)\b.*\bgoing to|(?:can|could|may)\b.*\bagain|(?:does|do)\b.*\b(?:end|expire|run out|finish|resume|return)\b|(?:is|are)\s+(?:the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:championships?|games|olympics|paralympics|cup|final|tournament|race|grand prix|match|hearing|congress|election|draw)\W*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhenToCome();

    /// <summary>
    /// "On what exact day in March…", "What was the exact date…", "What date…", "Which day…": the question wants a day.
    /// A plain "when" is answered by a month when that is all a story gives; these ask for more.
    /// </summary>
    public static bool AsksForDay(string clause) => DayAsked().IsMatch(clause);

    /// <summary>The words by which a question asks for a day: no word a sentence giving the day need say.</summary>
    public static IReadOnlySet<string> DayWords { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "exact", "precise", "specific", "day", "date" };

    // "What date was Draal replaced?" asks for a day as "what day" does: "in a reshuffle in September" gives none.
    [GeneratedRegex(@"\b(?:exact|precise|specific)\s+(?:date|day)\b|\b(?:what|which)\s+(?:day|date)\b(?!\s+of\s+the\s+week)", RegexOptions.IgnoreCase)]
    private static partial Regex DayAsked();

    /// <summary>
    /// "Is Dalia Ferenc banned until October 2024?": the end a yes/no question gives a state is the asker's claim to
    /// check, which the story that cut the ban to April does not repeat; its words are no names a source must give.
    /// Empty for any other question.
    /// </summary>
    public static IReadOnlySet<string> ClaimedEnd(string question) =>
        ClaimedEndAsked().Match(QuestionKindReader.WithoutOpener(question)) is { Success: true } claim
            ? Words(claim.Groups["date"].Value).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>();

    [GeneratedRegex(@"^(?:is|are|was|were|will|does|do)\b.*?\b(?:until|till|through)\s+(?<date>(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimedEndAsked();
}
