using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Whether a sentence gives a reason for the deed a why-question asks about.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// "Why did Dazhi leave his team?" is not answered by "Dazhi has asked for asylum after leaving his team's hotel":
    /// a sentence that says the asked deed only inside its after-clause tells what followed the deed, not why it
    /// happened. A cause of another kind ("because", "citing") still counts.
    /// </summary>
    private static bool SaysTheDeedOnlyBeforeItsNews(string sentence, FactContext context)
    {
        if (context.QuestionWords is not { Count: > 0 } asked)
        {
            return false;
        }

        var causes = Reason().Matches(sentence).ToList();
        if (causes.Count == 0 || !causes.All(c => AfterWord().IsMatch(c.Value)))
        {
            return false;
        }

        var clauses = causes.Select(c => (Start: c.Index, End: ClauseBreak().Match(sentence, c.Index) is { Success: true } end ? end.Index : sentence.Length)).ToList();
        var said = WordWithPosition().Matches(sentence)
            .Where(w => context.Matcher.StemOf(w.Value) is var stem && asked.Any(a => context.Matcher.SameWord(a, stem)))
            .ToList();
        return said.Count > 0 && said.All(w => clauses.Any(c => w.Index >= c.Start && w.Index < c.End));
    }

    [GeneratedRegex(@"^(?:after|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterWord();
}
