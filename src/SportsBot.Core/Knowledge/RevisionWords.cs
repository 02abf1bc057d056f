using System.Text.RegularExpressions;

namespace SportsBot.Core.Knowledge;

/// <summary>The words by which a report changes an earlier decision; both retrieval and answering weigh such a report as the newer word.</summary>
public static partial class RevisionWords
{
    /// <summary>A decision undone or changed: "reduced the ban from 14 months to nine", "overturned", "extended".</summary>
    public static bool Revises(string sentence) => Revision().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:reduced|cut|shortened|extended|increased|lengthened|overturned|annulled|quashed|reversed|lifted|upheld|dismissed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Revision();
}
