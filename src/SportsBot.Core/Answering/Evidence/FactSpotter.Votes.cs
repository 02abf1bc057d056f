using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How a vote is counted: a tally ("by 89 votes to 46"), a count of votes or sides, or a share voting.</summary>
public static partial class FactSpotter
{
    // "raise the minimum age from 15 to 17" is a change, not a tally.
    [GeneratedRegex(@"(?<!\bfrom\s+)\b(?:" + Counts + @")\s+(?:votes?\s+)?to\s+(?:" + Counts + @")\b(?:\s+(?<after>\p{L}+))?", RegexOptions.IgnoreCase)]
    private static partial Regex Tally();

    [GeneratedRegex(@"\b(?:" + Counts + @")\s+(?:votes\b|in favou?r\b|in support\b|against\b|abstentions?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VoteCount();

    [GeneratedRegex(@"\b\d{1,3}(?:\.\d)?\s*(?:%|per\s?cent)\s+(?:of\s+(?:voters|the\s+vote|votes)\s+)?(?:vot(?:ing|ed)|in favou?r|against)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteShare();

    /// <summary>
    /// "What was the vote count?": a tally ("by 89 votes to 46", "voted 61-23"), a count of votes ("received 142 votes", "nine
    /// against"), a share voting, or a vote with none against ("passed unanimously"). "Approved on Monday" tells no tally.
    /// </summary>
    private static bool GivesATally(string sentence) =>
        Tally().Matches(sentence).Any(t => !IsCalendarWord(t.Groups["after"].Value)) || VoteCount().IsMatch(sentence) || VoteShare().IsMatch(sentence)
        || Unanimous().IsMatch(sentence) || VotedLikeAScore().IsMatch(sentence);

    // "the congress had voted 61-23": a tally written like a score, right after the vote.
    [GeneratedRegex(@"\bvot(?:e|ed|es|ing)\s+(?:by\s+)?\d{1,3}\s*[-–]\s*\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex VotedLikeAScore();

    [GeneratedRegex(@"\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+)?(?:single\s+)?(?:vote|voice)\s+against\b|\bno\s+votes?\s+against\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unanimous();

    [GeneratedRegex(@"\bvot(?:e|ed|es|ing)\b|\bballots?\b|\bin favour\b|\bin favor\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vote();
}
