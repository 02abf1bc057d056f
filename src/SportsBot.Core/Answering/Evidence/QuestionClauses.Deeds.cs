using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"Who paid the delegates?", "What did CAS decide…": whose deed a question asks for.</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// "Who paid the delegates?", "Who replaced Rubiales?": the question asks who did a deed, in the active ("Who was
    /// paid?" asks for the one it was done to, "Who is the president?" for who holds a role).
    /// </summary>
    public static bool AsksWhoDid(string clause)
    {
        var asked = QuestionKindReader.WithoutOpener(clause);
        var match = WhoDid().Match(asked);
        var verb = match.Groups["verb"];
        return match.Success && verb.Success && !match.Groups["role"].Success && !Auxiliary().IsMatch(verb.Value)
            && !Passive().IsMatch(asked[match.Index..verb.Index]) && !Passive().IsMatch(verb.Value);
    }

    /// <summary>
    /// "Why was Valmora's agency reinstated?": the deed of a why-question that names nobody who did it, as written; null
    /// for one that does ("Why did GADA reinstate it?") or asks something else.
    /// </summary>
    public static string? DeedOfNobodyNamed(string clause) =>
        WhyDone().Match(QuestionKindReader.WithoutOpener(clause)) is { Success: true } match ? match.Groups["deed"].Value : null;

    [GeneratedRegex(@"^why (?:was|were|is|are|has been|have been|had been)\s+.+?\s+(?<deed>\p{Ll}+ed|\p{Ll}+en)\s*[?.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhyDone();

    /// <summary>
    /// "How many people were arrested?", "how many refs got assaulted?": the deed done to the people counted, as
    /// written; null for a question that counts no people a deed was done to.
    /// </summary>
    public static string? DeedDoneToCounted(string clause) =>
        DoneToCounted().Match(QuestionKindReader.WithoutOpener(clause)) is { Success: true } match ? match.Groups["deed"].Value : null;

    [GeneratedRegex(@"^how many\s+(?:[\p{L}'-]+\s+){1,3}?(?:were|was|got|get|have been|has been|had been)\s+(?<deed>\p{Ll}+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneToCounted();

    /// <summary>"Who voted against the rule?", "Which members voted against it?": the question asks for one side of a vote.</summary>
    public static bool AsksWhoVotedAgainst(string clause) => VotedAgainst().IsMatch(clause);

    [GeneratedRegex(@"\bvot(?:e|ed|es|ing)\s+against\b", RegexOptions.IgnoreCase)]
    private static partial Regex VotedAgainst();

    /// <summary>
    /// "What did CAS decide about the appeal?", "What has the IOC done about Russia?": the body whose deed the question
    /// asks for, by the capitalised words of its name ("Zembla" of "swimming's governing body in Zembla", which a story
    /// may call "Zembla Aquatics"). Null when it asks for nobody's deed or names no body ("What did they decide?").
    /// </summary>
    public static IReadOnlyList<string>? Decider(string clause) =>
        QuestionKindReader.GenericDoer(clause) is { } doer && Words(doer).Where(w => char.IsUpper(w[0])).ToList() is [_, ..] words
            ? words
            : null;

    /// <summary>
    /// "How did the league board vote on the schedule?": the body whose vote is asked for, by the noun that names it
    /// ("board"); the clubs' vote on another deal is not it. Null for any other question.
    /// </summary>
    public static string? Voter(string clause) => HowDidTheyVote().Match(clause) is { Success: true } match ? match.Groups["voter"].Value : null;

    [GeneratedRegex(@"^how\s+(?:did|do|does|will|would)\s+the\s+(?:[\p{L}'’-]+\s+){0,3}?(?<voter>[\p{L}-]+)\s+vote\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowDidTheyVote();

    /// <summary>
    /// "Who did Jorund Halvaag replace?": the one the question names took the post, and the question asks for its
    /// holder before him, not for whoever took it later ("Who replaced Halvaag?").
    /// </summary>
    public static bool AsksWhomReplaced(string clause) => WhomReplaced().IsMatch(QuestionKindReader.WithoutOpener(clause));

    [GeneratedRegex(@"^(?:who|whom)\s+(?:did|does|do|will|would|has|had|is|was)\s+(?!.*\b(?:be|been|being)\s+(?:replace|succeed)).+?\b(?:replace|succeed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhomReplaced();
}
