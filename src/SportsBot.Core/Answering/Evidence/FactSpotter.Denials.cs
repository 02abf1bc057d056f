using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>A deed a sentence says did not happen, or somebody was kept from doing: it dates nothing and names nobody who did it.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// "When did Rubiales resign?" is not dated by "on 25 August 2023 he said he would not resign": the question's
    /// deed said only right after a negation ("not", "never", "refused to") did not happen on the date the sentence gives.
    /// </summary>
    public static bool DeniesTheDeed(string sentence, FactContext context) =>
        context.QuestionWords is { Count: > 0 } asked && SaidOnlyAfter(sentence, context, stem => asked.Any(a => context.Matcher.SameWord(a, stem)), Denial());

    /// <summary>
    /// "Who handed the cup to the winner?" is not answered by "the mayor was refused permission to step onto the ring to
    /// hand over the trophy": every time the sentence says the asked deed, it is one somebody was kept from doing.
    /// </summary>
    private static bool KeptFromTheDeed(string sentence, FactContext context) =>
        context.Relation is { } relation && context.Matcher.StemOf(relation) is var deed
        && SaidOnlyAfter(sentence, context, stem => context.Matcher.SameWord(stem, deed), KeptFrom());

    /// <summary>The sentence says an asked word, and each time right after what <paramref name="before"/> matches.</summary>
    private static bool SaidOnlyAfter(string sentence, FactContext context, Func<string, bool> isAsked, Regex before)
    {
        // "refused to step down" denies "resign": a phrase is read as its one word.
        var text = ConceptTable.JoinPhrases(sentence);
        var said = WordWithPosition().Matches(text).Where(w => isAsked(context.Matcher.StemOf(w.Value))).ToList();
        return said.Count > 0 && said.All(w => before.IsMatch(text[..w.Index]));
    }

    [GeneratedRegex(@"(?:\b(?:not|never|refused to|refuses to|declined to|declines to)|n't)\s+(?:[\p{L}'-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:refused permission to|denied permission to|(?:was|were) not (?:allowed|permitted) to|(?:was|were) (?:barred|banned|prevented|stopped) from|could not|couldn't)\s+(?:[\p{L}'-]+\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex KeptFrom();
}
