using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"What did FIFA give the official who kissed Hermoso?": a person the question describes instead of naming.</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// The person a one-question message describes by a clause that closes it ("the official who kissed Hermoso" in
    /// "What sanction did FIFA give the official who kissed Hermoso?"). Null when it names whom it asks about, when the
    /// described person is what it asks for ("Who kissed Hermoso?"), or when the description is the subject of its
    /// question ("What did the fencer who refused a handshake win?"), whose clause cannot be told from the question's
    /// own verb without a parser.
    /// </summary>
    public static PersonDescribed? Described(string question)
    {
        var trimmed = question.Trim();
        if (FirstOfTwo(trimmed) is not null || ClosingDescription().Match(trimmed) is not { Success: true } match)
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

    // "the official who kissed Hermoso", "the federation president who had kissed Hermoso": a singular person ("the
    // athletes who…" describes many) whose clause runs to the end of the question.
    [GeneratedRegex(@"(?<phrase>\bthe\s+(?:[\p{L}'’-]+\s+){0,3}?(?<head>(?-i:[a-z][a-z-]*[a-rt-z]|[a-z][a-z-]*ss))\s+who\s+(?<clause>[^,;?]*[\p{L}\p{N}]))\s*[?!.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingDescription();

    [GeneratedRegex(@"\b(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should|which|who|whom|whose)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskingBefore();
}
