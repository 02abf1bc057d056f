using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>A deed a sentence says somebody was kept from doing, which names nobody who did it.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// "Who handed the cup to the winner?" is not answered by "the mayor was refused permission to step onto the ring to
    /// hand over the trophy": every time the sentence says the asked deed, it is one somebody was kept from doing.
    /// </summary>
    private static bool KeptFromTheDeed(string sentence, FactContext context)
    {
        if (context.Relation is not { } relation)
        {
            return false;
        }

        var text = ConceptTable.JoinPhrases(sentence);
        var deed = context.Matcher.StemOf(relation);
        var said = WordWithPosition().Matches(text).Where(w => context.Matcher.SameWord(context.Matcher.StemOf(w.Value), deed)).ToList();
        return said.Count > 0 && said.All(w => KeptFrom().IsMatch(text[..w.Index]));
    }

    [GeneratedRegex(@"\b(?:refused permission to|denied permission to|(?:was|were) not (?:allowed|permitted) to|(?:was|were) (?:barred|banned|prevented|stopped) from|could not|couldn't)\s+(?:[\p{L}'-]+\s+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex KeptFrom();
}
