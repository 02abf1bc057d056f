using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How <see cref="FactSpotter"/> tells a deed told in the passive with its doer from one told without.</summary>
public static partial class FactSpotter
{
    /// <summary>
    /// "Who paid the four delegates?" is not answered by "four delegates had been paid to vote for him": a deed told only
    /// in the passive, with no "by" after it, says what was done and not who did it, whatever names the sentence has.
    /// </summary>
    private static bool DoneByNobodyNamed(string sentence, FactContext context)
    {
        if (!context.AsksForTheDoer || context.Relation is null)
        {
            return false;
        }

        var (words, deeds) = DeedsIn(sentence, context.Relation, context);
        foreach (var i in deeds)
        {
            // "had been paid", "were quietly paid": a form of "be" right before the verb, or before a word ending in -ly.
            var passive = (i > 0 && BeForm().IsMatch(words[i - 1].Value))
                || (i > 1 && words[i - 1].Value.EndsWith("ly", StringComparison.Ordinal) && BeForm().IsMatch(words[i - 2].Value));
            if (!passive || AgentAfter(sentence, words[i]))
            {
                return false;
            }
        }

        return deeds.Count > 0;
    }

    /// <summary>
    /// "will be replaced on an interim basis by finance director Leonie Brask": a passive names its doer after "by",
    /// however far on in its clause, unless the "by" dates it ("by March", "by the end of the season") or counts ("by
    /// 4 points").
    /// </summary>
    private static bool AgentAfter(string sentence, Match verb)
    {
        var rest = sentence[(verb.Index + verb.Length)..];
        var clauseEnd = rest.IndexOfAny([',', ';', ':', '(']);
        return PassiveAgent().IsMatch(clauseEnd < 0 ? rest : rest[..clauseEnd]);
    }

    [GeneratedRegex(@"\bby\s+(?!(?:the\s+)?(?:end|start|beginning|middle|time|turn|close|deadline)\b|\d|(?:" + Months + @"|" + Weekdays + @"|next|this|last|then|now|early|late|mid)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAgent();
}
