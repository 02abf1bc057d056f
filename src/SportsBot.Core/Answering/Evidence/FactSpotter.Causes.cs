using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>Why: a stated cause, and what it explains.</summary>
public static partial class FactSpotter
{
    /// <summary>A stated cause ("because", "due to", "in response to", "a breach of"), not only somebody's account.</summary>
    /// <remarks>A reason said to be withheld is none: "denied entry to the team doctor, without giving a reason".</remarks>
    public static bool StatesACause(string sentence) => Reason().IsMatch(NoReason().Replace(sentence, string.Empty));

    // "After" and "following" are causes only before a deed ("after testing positive", "following a doping
    // violation", "after the Russian committee decided to…", "after an audit found…", irregular pasts included), and
    // "following" before what ordered or prompted it ("following a government order not to compete");
    // "after the original announcement" is a time.
    // A breach is a cause, in any words ("had broken its own procedures"); so is the demand a refusal waits on
    // ("refused to join the squad until they are paid the same").
    // "Due to" before a verb is a schedule ("due to run from 4 to 20 February"), not a cause. A tribunal that
    // "accepted the club's argument that" a payment was a testimonial gives its reason in the club's words; a ruling
    // gives its own after its deed ("has cut Feeney's ban to 20 months, accepting that the cobalt came from…",
    // ", ruling that the selectors departed from their criteria"), but not one that gave no punishment ("imposed no
    // ban, accepting that the steroid came from massages" is no reason for a ban); so does what a written decision
    // found ("In his written decision, Ferrante found that the board had failed to answer…").
    [GeneratedRegex(@"\b(?:because|due to(?! (?:be|run|begin|start|take|open|close|end|finish|play|host|face|meet|hold|stage|resume|return|compete|travel|arrive|leave|appear|vote|decide|rule|hear|sign|announce|launch|publish|release|report|serve|expire|kick|go|come|make|give|get)\b)|owing to|after (?:\w+ing|a positive|an? (?:doping|anti-doping|breach|violation|refusal)|(?:the |its |their |his |her )?(?:[\p{L}'’-]+ ){1,3}(?:\w+ed|did|made|took|gave|broke|found|won|lost|paid|left|fell|ran|sold|bought|told|sent|became|withdrew|chose|threw|drew|rose|refused to|chose to))\b|following (?:a|an|its|their|the) (?:positive|doping|anti-doping|breach|violation|refusal|invasion)|following (?:a|an|its|their|the) (?:[\p{L}-]+ )?(?:order|orders|decision|ruling|request|instruction|directive|complaint|report|investigation|vote)\b|over (?:its|their|his|her|the)|for (?:violating|breaching|failing|refusing|including|having|allegedly|its role|their role)|citing|cited|in response to|as a result|on (?:the )?grounds|in protest|as a protest|to protest|as a (?:sign|mark|gesture|show|symbol|statement) of|(?:show|sign|gesture|expression|act) of (?:support|solidarity|protest|defiance)|in (?:support|solidarity) (?:of|with)|to (?:show|express|signal) (?:support|solidarity)|so that|in order to|refus(?:ed|es|e|ing) to\b[^.;]*?\buntil|reasons?|breach(?:ed|es)?|violat(?:ed|ion|ions|ing)|(?:broke|broken|breaking) (?:its|their|his|her|the)(?: own)? (?:rules?|procedures?|statutes?|regulations?|laws?|code|contract|agreement)|tested positive|positive (?:test|tests|sample|samples|for)|failed (?:a |an |two |three )?(?:drugs? |doping |anti-doping )?tests?|in light of|amid|since it|since they|as it|as they|accept(?:ed|s)? (?:the |its |their |his |her )?(?:[\p{L}'’-]+ ){0,2}?(?:argument|arguments|case|claim|submission|explanation|evidence) that|(?<!\bno (?:ban|fine|suspension|penalty|sanction)\b[^.;]*), (?:accepting|ruling|finding) that|\bin (?:his|her|its|their|the) (?:written )?(?:decision|ruling|judgment|judgement|reasons), (?:[\p{L}'’-]+ ){1,4}?(?:found|ruled|held) that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    /// <summary>Why a sentence that tells what the asked deed led to does not answer a why-question.</summary>
    public const string CauseOfAnother = "it gives that as the cause of something else, not its own cause";

    /// <summary>Why a sentence giving another named body's reason for its own deed does not answer a why-question.</summary>
    public const string AnothersReason = "it tells why somebody else acted";

    /// <summary>
    /// "Why did Valdoria shut foreign boats out of the lake?" is not answered by "The regatta has been cancelled after
    /// Valdoria closed its half of the lake to foreign boats": every word of the question the sentence says stands in
    /// its cause, so it tells what the closure led to, not what led to it. A cause that opens the sentence ("After the
    /// lake was closed, …") runs to the first comma. A word in a name ("held on Lake Ormen") is not the deed. Only a
    /// cause told as what came first ("after", "following") is read so: "the measure was needed for security reasons
    /// after a patrol boat moved the buoys" gives the reasons for the measure, which is the deed in other words.
    /// </summary>
    private static bool GivesTheDeedAsACause(string sentence, FactContext context)
    {
        var text = NoReason().Replace(ConceptTable.JoinPhrases(sentence), string.Empty);
        if (context.QuestionWords is not { Count: > 0 } asked)
        {
            return false;
        }

        if (Reason().Match(text) is { Success: true } cause
            && (cause.Value.StartsWith("after", StringComparison.OrdinalIgnoreCase) || cause.Value.StartsWith("following", StringComparison.OrdinalIgnoreCase)))
        {
            var end = cause.Index == 0 && text.IndexOf(',', StringComparison.Ordinal) is > 0 and var comma ? comma : text.Length;
            var said = QuestionWordsIn(text, asked, context);
            return said.Count > 0 && said.All(w => w.Index >= cause.Index && w.Index < end);
        }

        // "…said Marit Soleng, who took over as chief executive in October after Jens Holtby stepped down": the deed
        // asked about only dates what somebody else did, so the sentence gives no cause of it. Read as written and with
        // phrases joined: "step down" asks by the verb of "stepped down", "quit" by "resign".
        return new[] { text, sentence }.Any(read => TimeClause().Match(read) is { Success: true, Index: > 0 } clause && DatesAnother(read, clause, asked, context));
    }

    /// <summary>
    /// A word of the question is said in the clause that dates the main one, and not in the main clause: "Soleng took
    /// over as chief executive after Holtby resigned" tells what came after the resignation, not why it came.
    /// </summary>
    private static bool DatesAnother(string text, Match clause, IReadOnlySet<string> asked, FactContext context)
    {
        var said = QuestionWordsIn(text, asked, context);
        var inside = said.Where(w => w.Index >= clause.Index && w.Index < clause.Index + clause.Length).ToList();
        return inside.Count > 0 && !said.Except(inside).Any(w => inside.Any(i => context.Matcher.SameWord(i.Stem, w.Stem)));
    }

    /// <summary>The question's words the text says outside names, with where it says them.</summary>
    private static List<(string Stem, int Index)> QuestionWordsIn(string text, IReadOnlySet<string> asked, FactContext context) =>
        [.. WordWithPosition().Matches(text)
            .Where(w => !char.IsUpper(w.Value[0]))
            .Select(w => (Stem: context.Matcher.StemOf(w.Value), w.Index))
            .Where(w => asked.Any(a => context.Matcher.SameWord(a, w.Stem)))];

    // "…took over in October after Jens Holtby stepped down", "…when Holtby resigned": a clause that dates the main one,
    // whose subject is named (phrases already read as one word: "after Jens Holtby resign").
    [GeneratedRegex(@"\b(?:after|when)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:had\s+|has\s+|was\s+)?\p{Ll}+")]
    private static partial Regex TimeClause();

    [GeneratedRegex(@"\b(?:without (?:giving|stating|offering|providing) (?:a|any)|(?:gave|give|gives|giving|offered|provided) no|(?:did|does|do) not (?:give|offer|provide|state) (?:a|any))\s+(?:\w+\s+)?reasons?\b|\bno reasons? (?:was|were|has been|have been|had been) (?:given|offered|provided|stated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoReason();
}
