using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// How <see cref="EvidenceFinder"/> tells a sentence about the other half of a pair the question picks one of: the
/// senior age limit for a question about juniors, the day a trial begins for a question about when it ends.
/// </summary>
public sealed partial class EvidenceFinder
{
    /// <summary>
    /// Groups a sport splits its people or its events into, two by two: a question about one is not answered by a
    /// sentence about only the other.
    /// </summary>
    private static readonly (string[] One, string[] Other)[] GroupPairs =
    [
        (["junior", "juniors"], ["senior", "seniors"]),
        (["men", "mens", "male", "males", "boys"], ["women", "womens", "female", "females", "girls"]),
        (["indoor", "indoors"], ["outdoor", "outdoors"]),
        (["amateur", "amateurs"], ["professional", "professionals"]),
        (["summer"], ["winter"]),
        // The rounds of a tournament: a score in the final is no score of the semi-final.
        (["semi-final", "semi-finals", "semifinal", "semifinals", "semis"], ["final", "finals"]),
        (["quarter-final", "quarter-finals", "quarterfinal", "quarterfinals"], ["final", "finals"]),
        // The two bounds of a figure: the minimum salary is no answer about the highest one.
        (["minimum", "lowest", "min"], ["maximum", "highest", "max"]),
    ];

    /// <summary>
    /// "What is the minimum age for junior competitions?" is not answered by "the minimum age for senior international
    /// competition", nor "which women's clubs…" by a sentence about the men's: a sentence that says only the other
    /// group of a pair the question names one of is about that other group. One that says both may answer; one that
    /// says neither is about the group its story's headline and opening say ("skaters must have reached the minimum age
    /// by 1 July", under "Senior age limit raised to 17").
    /// </summary>
    private static string? AboutTheOtherGroup(ArticleSentence sentence, QuestionReading reading, string headline)
    {
        var asked = reading.GroupWords;
        if (asked.Count == 0)
        {
            return null;
        }

        var said = GroupWordsOf(sentence.Text);
        var storySays = GroupWordsOf(headline);
        foreach (var (one, other) in GroupPairs)
        {
            foreach (var (mine, theirs) in new[] { (one, other), (other, one) })
            {
                var saysEither = mine.Any(said.Contains) || theirs.Any(said.Contains);
                var about = saysEither ? said : storySays;
                if (mine.Any(asked.Contains) && !theirs.Any(asked.Contains) && theirs.Any(about.Contains) && !mine.Any(about.Contains))
                {
                    return $"about {theirs[0]}, not {mine[0]}";
                }
            }
        }

        return null;
    }

    /// <summary>The lower-case words of the text, possessives cut ("women's" is "women") and hyphened words whole ("semi-final").</summary>
    public static HashSet<string> GroupWordsOf(string text) =>
        GroupWord().Matches(text).Select(m => m.Groups["word"].Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    // A word joined by a hyphen is one word: "semi-final" is not "final".
    [GeneratedRegex(@"(?<![\p{L}-])(?<word>\p{L}+(?:-\p{L}+)*)(?:['’]s?)?(?![\p{L}-])")]
    private static partial Regex GroupWord();

    /// <summary>
    /// "When does the body-camera trial finish?" is not answered by "a trial will begin in August", nor a question
    /// about when something starts by the day it ends: a when-question whose deed is the one end of something is not
    /// answered by a sentence that gives only the other end.
    /// </summary>
    private static string? GivesTheOtherEnd(ArticleSentence sentence, QuestionReading reading)
    {
        if (reading.AsksTheEnd is not { } asksEnd)
        {
            return null;
        }

        // Read with the sentence it refers to, whose words may be all that puts it on the matter.
        var (mine, theirs) = asksEnd ? (EndWord(), StartWord()) : (StartWord(), EndWord());
        return theirs.IsMatch(sentence.WithAntecedent) && !mine.IsMatch(sentence.WithAntecedent)
            ? asksEnd ? "gives when it starts, not when it ends" : "gives when it ends, not when it starts"
            : null;
    }

    /// <summary>
    /// "Where did Halvenia finish at the World Championship in Kirrin Bay?" is not answered by "Halvenia finished fifth
    /// at the previous edition": an edition told relative to the one the story is about ("the previous edition", "the
    /// last Games") is another one than the question names, unless the question asks about that one itself.
    /// </summary>
    private static string? AnotherEdition(ArticleSentence sentence, QuestionReading reading) =>
        OtherEdition().Match(sentence.Context) is { Success: true } other && !OtherEdition().IsMatch(reading.Query.Question)
            && !EditionAsked().IsMatch(reading.Query.Question)
            ? $"it tells of {other.Value.ToLowerInvariant()}, not the one asked about"
            : null;

    [GeneratedRegex(@"\b(?:the|its|their)\s+(?:previous|last|preceding|next|following)\s+(?:edition|championships?|games|tournament|world\s+cup|olympics)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherEdition();

    // "Where did they finish last time?", "at the previous championships": the question asks about another edition itself.
    [GeneratedRegex(@"\b(?:previous|last\s+time|preceding|last\s+edition|the\s+one\s+before)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EditionAsked();

    /// <summary>
    /// "How many goals has Terhaar scored this season?" is not answered by "Terhaar scored 11 goals in the second half of
    /// last season": a season or year told relative to now ("this", "last", "next") is another one than the question's,
    /// unless the sentence says the question's too.
    /// </summary>
    private static string? AnotherSeason(ArticleSentence sentence, QuestionReading reading)
    {
        if (RelativeSeason().Match(reading.Query.Question) is not { Success: true } asked)
        {
            return null;
        }

        var which = asked.Groups["which"].Value.ToLowerInvariant();
        var told = RelativeSeason().Matches(sentence.Text).Select(m => m.Groups["which"].Value.ToLowerInvariant()).ToList();
        return told.Count > 0 && !told.Any(w => SameSeason(w, which)) ? $"it tells of {told[0]} {asked.Groups["unit"].Value}, not of {which} {asked.Groups["unit"].Value}" : null;
    }

    private static bool SameSeason(string one, string other) =>
        one == other || (one is "this" or "current" && other is "this" or "current") || (one is "last" or "previous" && other is "last" or "previous");

    [GeneratedRegex(@"\b(?<which>this|current|last|previous|next)\s+(?<unit>season|campaign|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeSeason();

    /// <summary>
    /// "Who won stage five?" is not answered by "Brisk won the opening stage": a stage, round, leg or heat the question
    /// numbers ("stage five", "stage 5", "the fifth stage") is another than one the sentence numbers otherwise, unless
    /// the sentence numbers the question's too.
    /// </summary>
    private static string? AnotherNumbered(ArticleSentence sentence, QuestionReading reading)
    {
        var asked = NumberedParts(reading.Query.Question);
        if (asked.Count == 0)
        {
            return null;
        }

        // "…in the first round and in the second round?" asks about both: a sentence about either is about one asked.
        var told = NumberedParts(sentence.Text);
        foreach (var part in asked.Select(a => a.Part).Distinct())
        {
            var others = told.Where(t => t.Part == part).ToList();
            if (others.Count > 0 && !others.Any(t => asked.Contains((part, t.Number))))
            {
                return $"it tells of another {part} than the one asked about";
            }
        }

        return null;
    }

    /// <summary>The numbered parts of an event a text names, each as its noun and its number ("stage", 5); the final one, known only as the last, apart.</summary>
    private static List<(string Part, int Number)> NumberedParts(string text) =>
        [.. NumberedPart().Matches(text).Select(m => (
            Part: (m.Groups["part"].Success ? m.Groups["part"].Value : m.Groups["part2"].Value).ToLowerInvariant().TrimEnd('s'),
            Number: PartNumber((m.Groups["n"].Success ? m.Groups["n"].Value : m.Groups["nth"].Value).ToLowerInvariant())))];

    private static int PartNumber(string word) => int.TryParse(word, out var n) ? n
        : word == "opening" ? 1
        : word == "final" ? FinalPart
        : (Array.IndexOf(PartNumberWords, word) % 10) + 1;

    private const int FinalPart = -1;

    // Cardinals, then ordinals, each one to ten: "five" and "fifth" are both 5. "Opening" is the first; "final" is the last, told apart from all.
    private static readonly string[] PartNumberWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    [GeneratedRegex(@"\b(?<part>stages?|rounds?|legs?|heats?)\s+(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|opening|final)\s+(?<part2>stage|round|leg|heat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedPart();

    /// <summary>
    /// "Where were the championships eventually held?" is not answered by "had been due to take place in Kuching": what
    /// was planned at first is not how the matter ended.
    /// </summary>
    private static string? OnlyThePlan(ArticleSentence sentence, QuestionReading reading) =>
        QuestionClauses.AsksHowItEnded(reading.Query.Question) && FirstPlan().IsMatch(sentence.Text)
            ? "it tells what was planned, not how it ended"
            : null;

    [GeneratedRegex(@"\b(?:had\s+been|was|were)\s+(?:originally\s+|initially\s+|first\s+)?(?:due|scheduled|planned|set|meant|expected)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPlan();

    /// <summary>True when the question asks when something ends, false when it starts; null for neither or both.</summary>
    public static bool? EndAsked(string question) =>
        (EndWord().IsMatch(question), StartWord().IsMatch(question)) switch { (true, false) => true, (false, true) => false, _ => null };

    [GeneratedRegex(@"\b(?:end|ends|ended|ending|finish|finishes|finished|finishing|conclude|concludes|concluded|expire|expires|expired|wrap\s+up|wraps\s+up|run\s+out|runs\s+out|until)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndWord();

    // "who have been on strike since early April" tells when the strike began, and that it goes on.
    [GeneratedRegex(@"\b(?:begin|begins|began|beginning|start|starts|started|starting|launch|launches|launched|commence|commences|commenced|kick\s+off|kicks\s+off|kicked\s+off)\b|\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}\b|last\b|the\s+(?:start|beginning)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StartWord();
}
