using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>How <see cref="AnswerComposer"/> answers the second question of a message and what it takes as given.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// The first question of the message has no answer. Of a message that asks two things, the sources may cover only
    /// the second: that is answered, and the answer says which question it leaves open. "Since CAS overturned the
    /// suspension, when will the ROC be back?": what the sources say of the premise is worth telling even when they
    /// do not answer what follows from it. Null when neither is covered.
    /// </summary>
    private Answer? ComposeForTheRest(EvidenceSet evidence, RetrievalResult retrieval)
    {
        var question = retrieval.Query.Question;
        if (evidence.Second is { Known: true } second && second.Question.Asks != AskedFor.Judgement)
        {
            var open = new AnswerPart(AnswerRole.Note, $"My sources don't cover \"{QuestionClauses.First(question).TrimEnd(',', ';', ' ')}\". On the rest:", []);
            return ComposeAnswer(question, [.. second.Answering], second, retrieval with { Query = second.Question.Query }, open);
        }

        if (evidence.Premise is { Evidence.Known: true } premise)
        {
            var open = new AnswerPart(AnswerRole.Note, $"My sources don't cover \"{premise.Given.Rest}\" {premise.Given.Note}", []);
            return ComposeAnswer(question, [.. premise.Evidence.Answering], premise.Evidence, retrieval with { Query = premise.Evidence.Question.Query }, open);
        }

        return null;
    }

    /// <summary>
    /// The second question of a message that asks two ("…, and what did she win in Paris?") is answered after what
    /// answers the first, by its own best answer, unless the answer already quotes it. When no sentence answers it on
    /// its own, nothing is added: what answers the first often answers it too ("Who was Iran's captain, and what did
    /// he say?").
    /// </summary>
    private static void AnswerSecond(EvidenceSet second, EvidenceSentence lead, List<AnswerPart> parts, List<EvidenceSentence> used, AnswerCitations sources)
    {
        var answering = second.Answering.ToList();
        // "Who was disqualified for refusing a handshake, and what did she win in Paris?": a second question that
        // speaks of its person as "she" or "he" asks about the person the first answer names, and a sentence about
        // somebody else ("Litvinovich won the trampoline gold") does not answer it.
        if (ReferringWords.PersonIn(second.Question.Query.Question)
            && FactSpotter.Surnames(lead.Sentence.WithAntecedent).ToList() is [_, ..] people)
        {
            answering = [.. answering.Where(e => people.Any(surname => QuestionClauses.Says(e.Sentence.WithAntecedent, surname)))];
        }

        // A date or a place already said answers it: "since when?" after "Can Russian players play Wimbledon?" is
        // answered by the lead's "announced on 31 March 2023", not by the date of the older ban. An account may be
        // asked of the same sentence twice ("What did UEFA decide…, and what did FIFA and UEFA decide three days
        // later?"), and so may a count or a person: "three titles before her ban" does not say how many after it.
        var asksForADatum = second.Question.Asks is AskedFor.When or AskedFor.Where;
        if (answering.Count == 0
            || (asksForADatum && answering.Any(e => used.Any(u => u.Passage.Article.Id == e.Passage.Article.Id && u.Sentence.Index == e.Sentence.Index))))
        {
            return;
        }

        var (next, _) = LeadOf(second, answering, rankedForIt: false);
        if (!Adds(next, used, sources))
        {
            return;
        }

        var text = next.Passage.Article.Id == lead.Passage.Article.Id ? sources.Quote(next) : LeadIn.Current(next.Passage.Article, sources.Quote(next));
        parts.Add(Part(AnswerRole.Supporting, text, next, sources));
        used.Add(next);
    }

    /// <summary>
    /// What the message took as given ("Since CAS overturned the suspension…") is followed by what the sources say of
    /// it, under the asker's own words, so an assumption they do not bear out is not left standing beside the answer.
    /// It is answered, like any question, from the first story retrieval ranked that answers it, by a sentence the answer
    /// does not already quote: the story the rest of the message is answered from often tells the premise only in
    /// passing ("while its suspension lasts"). An answer that already states the premise's deed ("…and kissed her on
    /// the lips" for "Since Rubiales kissed Hermoso, …") has told it, and gets nothing more; nor does one when the
    /// sources say nothing more of it.
    /// </summary>
    private static void AnswerPremise(PremiseCheck premise, EvidenceSentence lead, List<AnswerPart> parts, List<EvidenceSentence> used, AnswerCitations sources)
    {
        var given = premise.Given;
        var answering = premise.Evidence.Answering
            .Where(e => !used.Any(u => u.Passage.Article.Id == e.Passage.Article.Id && u.Sentence.Index == e.Sentence.Index))
            .ToList();
        if (answering.Count == 0 || used.Any(u => given.StatedBy(u.Sentence.Text)))
        {
            return;
        }

        var (said, _) = LeadOf(premise.Evidence, answering);
        if (!Adds(said, used, sources))
        {
            return;
        }

        var text = said.Passage.Article.Id == lead.Passage.Article.Id ? sources.Quote(said) : LeadIn.Current(said.Passage.Article, sources.Quote(said));
        parts.Add(new AnswerPart(AnswerRole.Note, given.Note, []));
        parts.Add(Part(AnswerRole.Supporting, text, said, sources));
        used.Add(said);
    }
}
