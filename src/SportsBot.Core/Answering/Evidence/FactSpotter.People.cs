using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How a count of people is told, as people or by what each of them left behind; and whom "the others" are.</summary>
public static partial class FactSpotter
{
    [GeneratedRegex(@"^(?:people|persons|individuals)$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleCounted();

    /// <summary>What each of the counted people left behind, by the deed the question asks about: a signature, a life lost.</summary>
    private static Regex? PeopleByWhatTheyLeft(FactContext context) =>
        context.QuestionWords is not { } asked ? null
        : asked.Any(w => context.Matcher.SameWord(w, context.Matcher.StemOf("signed"))) ? Signatures()
        : asked.Any(w => context.Matcher.SameWord(w, context.Matcher.StemOf("lives")) || context.Matcher.SameWord(w, context.Matcher.StemOf("died"))
            || context.Matcher.SameWord(w, context.Matcher.StemOf("killed"))) ? LivesLost()
        : null;

    [GeneratedRegex(@"^(?:signatures|signatories)$", RegexOptions.IgnoreCase)]
    private static partial Regex Signatures();

    [GeneratedRegex(@"^(?:lives|deaths|fatalities|dead)$", RegexOptions.IgnoreCase)]
    private static partial Regex LivesLost();

    /// <summary>
    /// "Who were the other two members of the panel alongside Oskar Penhallow?" asks for people beside the one it names:
    /// "The three-member panel, chaired by Oskar Penhallow, said…" names only him, and "the Soldal rink skipped by
    /// Brantvik" a club and him. Only a sentence naming a person the question does not name answers.
    /// </summary>
    private static bool NamesNoneOfTheOthers(string sentence, FactContext context) =>
        context.QuestionWords is { } asked && OthersWords.Any(w => asked.Contains(context.Matcher.StemOf(w)))
        && !PersonNames(sentence).Any(name => !name.Split(' ').Any(context.IsQuestionName));

    private static readonly string[] OthersWords = ["other", "others", "alongside", "besides"];
}
