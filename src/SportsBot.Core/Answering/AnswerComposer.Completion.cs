using SportsBot.Core.Answering.Evidence;

namespace SportsBot.Core.Answering;

/// <summary>How <see cref="AnswerComposer"/> completes an answer whose story leaves part of the question unsaid.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// "Which fund owns Newcastle, and who chairs it" in one breath: what the answer so far leaves of the question's
    /// words unsaid may be another story's to tell. That story's answering sentence which says the most of them (in
    /// the question's words, not only in meaning) completes the answer, if it says at least half of them, names whom
    /// the question names itself and answers nearly as well as the best: a sentence that shares one word of five with
    /// the question ("own") or is about something else ("the UCI said…" for World Athletics) does not. Null when the
    /// answer says them all.
    /// </summary>
    private static EvidenceSentence? Completion(EvidenceSet evidence, List<EvidenceSentence> answering, EvidenceSentence lead, EvidenceSentence best, List<EvidenceSentence> used, AnswerCitations sources)
    {
        var unsaid = evidence.Question.Focus.Select(t => t.Stem).Where(stem => !used.Any(u => u.Check.FocusSaid.Contains(stem))).ToHashSet(StringComparer.Ordinal);
        if (unsaid.Count == 0)
        {
            return null;
        }

        return answering
            .Where(e => !SameStory(e, lead) && e.Check.SaysTheWords && e.Check.NamesItself && e.Score >= best.Score - (2 * AboutAsWell)
                && 2 * e.Check.FocusSaid.Count(unsaid.Contains) >= unsaid.Count && Adds(e, used, sources))
            .OrderByDescending(e => e.Check.FocusSaid.Count(unsaid.Contains))
            .ThenByDescending(e => e.Score)
            .FirstOrDefault();
    }
}
