using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>What a sentence says changed: a state ended or held, a decision revised, a figure changed.</summary>
public static partial class FactSpotter
{
    /// <summary>That something ended, was undone or still holds: "was released", "resigned", "lifted", "ended their strike", "remains suspended".</summary>
    public static bool ReportsAChange(string sentence) => Change().IsMatch(sentence);

    // "Sixteen matches remain to be played" says what is yet to happen, not that a state goes on.
    [GeneratedRegex(@"\b(?:released|freed|lifted|ended|called off|resigned|stepped down|quit|terminated|overturned|annulled|readmitted|reinstated|restored|resumed?|resumes|reversed|replaced|sacked|retired|switched|expired|no longer|remains?(?! to be\b)|remained(?! to be\b)|stays?|stayed|upheld|now represents?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Change();

    /// <summary>The figure a revision changes: "16 months" of "reduced her ban from 16 months to ten months". Null when it names none.</summary>
    public static string? ChangedFrom(string sentence) => FigureChanged().Match(sentence) is { Success: true } change ? change.Groups["old"].Value : null;

    [GeneratedRegex(@"\b(?:reduced|cut|shortened|extended|increased|lengthened|raised|lowered)\b[^.;]*?\bfrom\s+(?<old>[\p{L}\p{N}.,-]+\s+[\p{L}-]+)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureChanged();

    /// <summary>
    /// The sentence ends what a why-question asks about ("have ended their strike after the federation agreed…" for
    /// "Why did the players strike?", "lifted its ban after…" for "Why were they banned?"): its cause is why it ended,
    /// not why it began. Not when the question asks about the ending itself ("Why was the ban lifted?").
    /// </summary>
    private static bool EndsTheAskedDeed(string sentence, FactContext context) =>
        context.QuestionWords is { Count: > 0 } asked
        && Ending().Matches(sentence).Any(m => !asked.Any(a => context.Matcher.SameWord(a, context.Matcher.StemOf(m.Groups["end"].Value)))
            && asked.Any(a => context.Matcher.SameWord(a, context.Matcher.StemOf(m.Groups["what"].Value))));

    [GeneratedRegex(@"\b(?<end>ended|ends|end|lifted|lifts|dropped|drops|abandoned|halted|stopped|called off|calls off)\s+(?:their|its|his|her|the)\s+(?<what>[\p{L}-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Ending();
}
