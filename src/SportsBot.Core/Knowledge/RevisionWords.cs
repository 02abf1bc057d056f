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

    /// <summary>
    /// An earlier figure corrected: "0.4 nautical miles inside the boundary, less than the race organisers had first
    /// estimated", "the embezzlement of 2.1 million crowns, not the 2.8 million found by the district court", "1,090
    /// officers, not the 1,150 it announced", "at most €30, not €25 as first planned", "cost
    /// 14.3 million crowns, well above the 8.5 million first estimated", "raised its estimate of the cost to €447
    /// million": a figure set beside the one first given, or an estimate said to be revised, is the figure as it stands.
    /// </summary>
    public static bool Corrects(string sentence) => Correction().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:less|more|lower|higher|fewer|shorter|longer|smaller|bigger|larger)\s+than\s+(?:[\p{L}'-]+\s+){0,5}?(?:had\s+|have\s+|has\s+|was\s+|were\s+)?(?:first|initially|originally|previously|earlier)\s+(?:estimated|reported|thought|claimed|stated|announced|calculated|found|believed|said)\b|\bnot\s+the\s+[€$£]?\d(?:[\d,.]*\d)?[^,;.]*?\b(?:found|estimated|reported|claimed|given|stated|announced)\b"
        + @"|\bnot\s+[€$£]?\d(?:[\d,.]*\d)?(?:\s+\p{L}+){0,2}?\s+as\s+(?:first|initially|originally|previously)\s+(?:planned|proposed|announced|estimated|reported|agreed|set)\b"
        + @"|\b(?:above|below|over|under)\s+the\s+[€$£]?\d[\d.,]*(?:\s+[\p{L}]+){0,2}?\s+(?:first|initially|originally|previously|earlier)\s+(?:estimated|forecast|reported|budgeted|planned|quoted|expected)\b"
        + @"|\b(?:raised|lowered|revised|increased|cut|reduced)\s+(?:its|their|his|her|the)\s+(?:own\s+)?(?:estimate|estimates|forecast|calculation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Correction();

    /// <summary>
    /// A state that went on and has stopped: "have ended their month-long strike", "called off the boycott", "the
    /// dispute is over". What holds now differs from what a story of the state said, as after a decision undone.
    /// A strike, a boycott, a dispute, a suspension: ending a contract is no such state.
    /// </summary>
    public static bool EndsAState(string sentence) => StateEnded().IsMatch(sentence);

    // A state that goes on until it is ended: "ended its contract" with a driver ends no state a question asks after.
    private const string States = "strike|strikes|boycott|boycotts|walkout|walkouts|dispute|protest|protests|stand-off|standoff|sit-in|lockout|suspension|ban|blockade";

    [GeneratedRegex(@"\b(?:ended|called off)\s+(?:(?:their|its|the|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:" + States + @")\b|\b(?:" + States + @")\s+(?:is|was|are|were|has|had)\s+(?:now\s+|been\s+)?(?:over|ended|called off|settled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StateEnded();

    [GeneratedRegex(@"^(?:upheld|dismissed)$", RegexOptions.IgnoreCase)]
    private static partial Regex Confirmation();

    [GeneratedRegex(@"\b(?:reduced|cut|shortened|extended|increased|lengthened|raised|lowered|revised|overturned|annulled|quashed|reversed|lifted|reinstated|restored|revived|after all|upheld|dismissed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Revision();
}
