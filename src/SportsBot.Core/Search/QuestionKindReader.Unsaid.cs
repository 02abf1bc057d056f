using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>
/// Words a question uses to say what it asks for, which an answering sentence gives without them: "country" in "Which
/// country did she switch to?", "held" in "Where were the Games held?", "decide" in "What did CAS decide…?".
/// </summary>
public static partial class QuestionKindReader
{
    /// <summary>
    /// The kind of place "Which country did she switch to?" or "What city hosted…" asks for ("country"): the place
    /// answers it, so a sentence naming one need not also say the word. Null when the question names no kind of place.
    /// </summary>
    public static string? PlaceKind(string question) =>
        PlaceKindAsked().Match(WithoutOpener(question).ToLowerInvariant()) is { Success: true } kind ? kind.Groups["kind"].Value : null;

    /// <summary>
    /// "What deadline did the WFC give Estavia?": a date something must be done by, which a sentence gives without the
    /// word ("It gave the ministry until 30 June").
    /// </summary>
    public static bool AsksForDeadline(string question) => DeadlineAsked().IsMatch(WithoutOpener(question).ToLowerInvariant());

    [GeneratedRegex(@"^(?:what|which)\s+(?:was\s+the\s+|is\s+the\s+)?deadline\b")]
    private static partial Regex DeadlineAsked();

    /// <summary>
    /// "Where were the Continental Games held?": the verb only says the event took place, which a sentence naming it
    /// with its place says without the verb ("at the Continental Games in Salvado"). Null for any other question.
    /// </summary>
    public static string? HostingVerb(string question) =>
        HostingVerbAsked().Match(WithoutOpener(question).ToLowerInvariant()) is { Success: true } verb ? verb.Groups["verb"].Value : null;

    [GeneratedRegex(@"^where (?:is|are|was|were|will|would|did|does|do|has|have|had)\b.+?\b(?<verb>held|hosted|staged|played|hold|host|stage)\s*\??$")]
    private static partial Regex HostingVerbAsked();

    /// <summary>
    /// "When is the Dresa Bridge Triathlon taking place?": so asked of when, the verb too only says the event takes
    /// place, which a sentence giving its date says without it ("pushed back a week to 21 September"). Null for any
    /// other question.
    /// </summary>
    public static string? WhenHeldVerb(string question) =>
        WhenHeldAsked().Match(WithoutOpener(question).ToLowerInvariant()) is { Success: true } verb ? verb.Groups["verb"].Value : null;

    [GeneratedRegex(@"^when (?:is|are|was|were|will|would|did|does|do|has|have|had)\b.+?\b(?<verb>held|hosted|staged|hold|host|stage|(?:take|taking|took|taken) place|happening|happen)\s*\??$")]
    private static partial Regex WhenHeldAsked();

    /// <summary>
    /// "What did CAS decide about the ROC?", "What has the IOC done about…": the verb asks for whatever the body did, which
    /// a story reports in its own verb ("has dismissed the appeal"), so the sentence need not say it. Null for any other
    /// question.
    /// </summary>
    public static string? GenericDeed(string question) =>
        GenericDeedAsked().Match(WithoutOpener(question)) is { Success: true } deed ? deed.Groups["verb"].Value.ToLowerInvariant() : null;

    /// <summary>Whose deed such a question asks for, as written: "CAS" in "What did CAS decide about the ROC?". Null for any other question.</summary>
    public static string? GenericDoer(string question) =>
        GenericDeedAsked().Match(WithoutOpener(question)) is { Success: true } deed ? deed.Groups["doer"].Value.Trim() : null;

    /// <summary>
    /// "How long did the suspension last?": "last" is the length asked for, which a sentence gives in its own words
    /// ("four months after it was imposed"), not a word to find ("last autumn"). Null for any other question.
    /// </summary>
    public static string? LengthVerb(string question) =>
        LengthVerbAsked().Match(WithoutOpener(question).ToLowerInvariant()) is { Success: true } verb ? verb.Groups["verb"].Value : null;

    [GeneratedRegex(@"^how long\b.*?\b(?<verb>last|lasts|lasted|run|runs|ran)\s*\??$")]
    private static partial Regex LengthVerbAsked();

    /// <summary>
    /// "How much warning must a team give?", "how much notice": a length of time, which a story gives as "60 days'
    /// notice" or "a week's warning"; the word is the kind of length asked, no word a sentence must say.
    /// </summary>
    public static string? NoticeAsked(string question) =>
        NoticeWord().Match(WithoutOpener(question).ToLowerInvariant()) is { Success: true } notice ? notice.Groups["word"].Value : null;

    [GeneratedRegex(@"^how much (?<word>notice|warning)\b")]
    private static partial Regex NoticeWord();
}
