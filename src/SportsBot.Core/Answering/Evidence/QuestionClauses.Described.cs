using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"What did FIFA give the official who kissed Hermoso?": a person the question describes instead of naming.</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// The person a one-question message describes instead of naming: by a clause that closes it ("the official who
    /// kissed Hermoso" in "What sanction did FIFA give the official who kissed Hermoso?"), or as the subject after "did"
    /// ("the man who beat Lind in June" in "What did the man who beat Lind in June say…?"), whose clause ends at the
    /// question's own verb: after "did" a verb takes no ending, and the few such verbs questions ask with ("say", "win",
    /// "get") are told apart by a list, since there is no parser. Null when it names whom it asks about, when the
    /// described person is what it asks for ("Who was the official who kissed Hermoso?"), or when the clause's end
    /// cannot be told.
    /// </summary>
    public static PersonDescribed? Described(string question)
    {
        var trimmed = question.Trim();
        if (FirstOfTwo(trimmed) is not null)
        {
            return null;
        }

        if (SubjectDescription().Match(trimmed) is { Success: true } subject)
        {
            return new PersonDescribed(subject.Groups["phrase"].Value, subject.Groups["clause"].Value);
        }

        // "What did the league do to the owner of the Rostov Bears?": a person described by the office they hold is
        // whoever holds it then. "Is Mike Ashley still the owner of Newcastle United?" asks about the office itself.
        if (HolderOfOffice().Match(trimmed) is { Success: true } office && !AskingBefore().IsMatch(trimmed[..office.Index]) && !OfficeAsked().IsMatch(trimmed[..office.Index]))
        {
            return new PersonDescribed(office.Value, $"{(PastAsked().IsMatch(trimmed) ? "was" : "is")} {office.Value}");
        }

        if (ClosingDescription().Match(trimmed) is not { Success: true } match)
        {
            return null;
        }

        var phrase = match.Groups["phrase"];
        var before = trimmed[..phrase.Index];
        // "Who was the official who…" and "Which official who…" ask for the described person; after an auxiliary ("did
        // the fencer who…", "was the player who…") the description is the subject, and the question's verb follows it.
        if (before.TrimEnd().Length == 0 || AskingBefore().IsMatch(before))
        {
            return null;
        }

        return new PersonDescribed(phrase.Value, match.Groups["clause"].Value);
    }

    [GeneratedRegex(@"\bthe\s+(?:(?:new|former|current|then)\s+)?(?:owner|president|chairman|chairwoman|chair|captain|coach|manager|lawyer|director|chief executive|secretary general|head coach)\s+of\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}'’.-]*(?:\s+(?:(?:of|for|and)\s+)?(?-i:\p{Lu})[\p{L}'’.-]*)*(?:(?:\s+(?-i:[a-z]+)){0,2}\s+(?:federation|union|club|team|committee|league|association|board|council))?", RegexOptions.IgnoreCase)]
    private static partial Regex HolderOfOffice();

    [GeneratedRegex(@"\b(?:did|was|were|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastAsked();

    /// <summary>"…still the owner of…", "…became the president of…", "Was Rubiales the president of…": the office is said of somebody, not a description of them.</summary>
    [GeneratedRegex(@"\b(?:is|was|are|were|be|been|still|now|become|became|becomes|remain|remains|remained|as)\s+$|^(?:is|was|are|were)\s+(?:(?-i:\p{Lu})[\p{L}'’.-]*\s+){1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeAsked();

    /// <summary>Verbs a question asks with after "did", in their bare form.</summary>
    private const string AskingVerbs = "say|tell|do|win|get|receive|decide|claim|promise|give|become|lose|face|want|ask|call|plan|propose|offer|demand|accept|reject|pay|earn|score|make|take|sign|join|leave|play|think|announce|achieve|finish|reveal|admit|deny|go";

    // "…the man who beat Lind in June say…": the clause runs to the first asking verb that is not after "to" ("who
    // refused to shake hands win").
    [GeneratedRegex(@"^(?:what|which\s+[\p{L}-]+|how\s+\p{L}+|when|where|why)\s+(?:did|does|do)\s+(?<phrase>the\s+(?:[\p{L}'’-]+\s+){0,3}?(?-i:[a-z][a-z-]*[a-rt-z]|[a-z][a-z-]*ss)\s+who\s+(?<clause>[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,7}?))\s+(?<!\bto\s+)(?=(?:" + AskingVerbs + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectDescription();

    // "the official who kissed Hermoso", "the federation president who had kissed Hermoso": a singular person ("the
    // athletes who…" describes many) whose clause runs to the end of the question.
    [GeneratedRegex(@"(?<phrase>\bthe\s+(?:[\p{L}'’-]+\s+){0,3}?(?<head>(?-i:[a-z][a-z-]*[a-rt-z]|[a-z][a-z-]*ss))\s+who\s+(?<clause>[^,;?]*[\p{L}\p{N}]))\s*[?!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingDescription();

    [GeneratedRegex(@"\b(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|which|who|whom|whose)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskingBefore();

    // "Who's the ex-champion who…", "Who took over running the race…": the person asked for by a title held before, or by what they took over doing.
    [GeneratedRegex(@"^who\s+(?:is|was|are|were|'s|’s)\s+(?:the|a|an)\s+(?:ex-|former\s+)(?<title>[a-z]+)\s+who\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormerTitle();

    [GeneratedRegex(@"^who\s+(?:took|takes|has\s+taken|will\s+take|is\s+taking)\s+over\s+(?<title>[a-z]+ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TookOverDoing();
}
