using System.Text.RegularExpressions;

namespace SportsBot.Core.Knowledge;

/// <summary>The words by which a report changes an earlier decision; both retrieval and answering weigh such a report as the newer word.</summary>
public static partial class RevisionWords
{
    /// <summary>A decision undone, changed or confirmed on review: "reduced the ban from 14 months to nine", "overturned", "upheld".</summary>
    public static bool Revises(string sentence) => Revision().IsMatch(sentence);

    /// <summary>
    /// A decision undone or changed: "overturned", "lifted", "reduced", "will go ahead after all". An appeal dismissed
    /// or a ban upheld leaves the decision as it was ("CAS has dismissed the ROC's appeal against its suspension"):
    /// that is no change to it.
    /// </summary>
    public static bool Changes(string sentence) => Revision().Matches(sentence).Any(m => !Confirmation().IsMatch(m.Value));

    [GeneratedRegex(@"^(?:upheld|dismissed)$", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();

    [GeneratedRegex(@"\b(?:reduced|cut|shortened|extended|increased|lengthened|raised|lowered|revised|overturned|annulled|quashed|reversed|lifted|reinstated|restored|revived|after all|upheld|dismissed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Revision();
}
