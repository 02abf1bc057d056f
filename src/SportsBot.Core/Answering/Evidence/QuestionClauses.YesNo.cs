using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"Was Rubiales fined…?", "Did the ROC appeal…?": the deed a yes/no question asks about.</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// What a yes/no question asks its named subject did or had done to it: "fined" in "Was Rubiales fined by the
    /// Spanish court?", "appeal" in "Did the ROC appeal the ruling?". Null when the subject is not a name ("Did any
    /// Russian player…") or the word after it is no verb ("Did Russia's athletes…").
    /// </summary>
    public static string? YesNoDeed(string clause)
    {
        var match = YesNoDeedWord().Match(QuestionKindReader.WithoutOpener(clause));
        var deed = match.Groups["deed"].Value;
        if (!match.Success || StopWords.Contains(deed))
        {
            return null;
        }

        var didAsked = match.Groups["aux"].Value.StartsWith("d", StringComparison.OrdinalIgnoreCase);
        // After "did" the deed is a bare verb: a word ending in -s or -ing is a noun or a describing word ("Did the
        // American-owned racing outfit keep…", "Did Russia athletes…").
        return didAsked ? (deed.EndsWith("ing", StringComparison.Ordinal) || (deed.EndsWith('s') && !deed.EndsWith("ss", StringComparison.Ordinal)) ? null : deed)
            : DoneWord().IsMatch(deed) ? deed : null;
    }

    [GeneratedRegex(@"^(?<aux>did|does|do|was|were|has|have|had)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\p{L}.-]*\s+)+(?<deed>(?-i:\p{Ll}+))\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoDeedWord();

    [GeneratedRegex(@"^(?:" + Participle + @"|[a-z]+en|[a-z]+wn|lost|kept|left|won|hit|cut|put|set|let|held|brought|bought|caught|fought|taught|thought)$")]
    private static partial Regex DoneWord();
}
