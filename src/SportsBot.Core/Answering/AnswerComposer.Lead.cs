using System.Text.RegularExpressions;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>How <see cref="AnswerComposer"/> picks the sentence an answer leads with, for each question a message asks.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// The sentence an answer leads with, and each source's best answering sentence, best first. A source's best is a
    /// sentence that says the question's words, if it has one; one that is only closest in meaning comes after. For a
    /// why-question, a stated cause comes before somebody's account ("The IOC said the suspension does not settle the
    /// question of individual athletes" passes as the IOC's own account, but gives no cause); for "Is Griner still in
    /// custody?", that she was released comes before how long she was held. Such a sentence that itself names whom the
    /// question asks about comes before one only its story names: "Why did the US boycott…?" is not answered by the
    /// reason Australia gave for following it.
    /// </summary>
    /// <param name="rankedForIt">
    /// Retrieval ranked the stories for this question. For the second question of a message it ranked them for the
    /// whole message, so the answer that says most of that question's own words leads ("…, and how many after her
    /// return?" by "her fourth title", not by the first story's "three titles").
    /// </param>
    private static (EvidenceSentence Lead, List<EvidenceSentence> BestPerArticle) LeadOf(EvidenceSet evidence, List<EvidenceSentence> answering, bool rankedForIt = true)
    {
        var query = evidence.Question.Query;
        var cue = EvidenceFinder.LeadCue(evidence.Question);
        var bestPerArticle = answering.GroupBy(e => e.Passage.Article.Id)
            .Select(g => g.OrderBy(e => cue is not null && !cue(e.Sentence.WithAntecedent)).ThenBy(e => cue is not null && !e.Check.NamesItself).ThenBy(e => !e.Check.SaysTheWords).First())
            .ToList();
        // Retrieval has already weighed the sources (both rankings, recency, a newer report on the same matter
        // first): the answer leads with the first of them that answers, unless the question dates what it asks about.
        // A question matched by its names alone (in a language the rules do not read) is answered first by the
        // sentence closest to it, and whatever newer sources say follows, so nothing newer is left out.
        // For a question about the past, a story about the sport it names leads before one that names that sport in
        // passing; about the present, the passing mention may be the newer fact ("…World Aquatics, known as FINA until
        // December 2022").
        // "Which clubs appealed to CAS?" asks to name several: the first source whose answer lists them leads; "How long
        // after the vote did they reverse it?", the first whose answer states the length rather than one of the dates;
        // "By how much was the penalty cut?", the first whose answer gives the figure before and after.
        var lead = FromAskedYears(query, bestPerArticle)
            ?? FirstAccount(query, bestPerArticle)
            ?? LastAccount(query, bestPerArticle)
            ?? (rankedForIt ? StoryOfTheEventBefore(bestPerArticle) : null)
            ?? (rankedForIt ? LatestFigure(query, answering) : null)
            ?? (rankedForIt ? NewestHolder(evidence, bestPerArticle) : null)
            ?? (rankedForIt ? NewerCorrection(evidence, answering, bestPerArticle) : null)
            ?? (rankedForIt ? NewerCount(evidence, bestPerArticle) : null)
            ?? (rankedForIt ? NewerSchedule(evidence, bestPerArticle) : null)
            ?? (rankedForIt ? NewestAsItStands(evidence, answering, bestPerArticle) : null)
            ?? (evidence.Question.AsksForSeveral && rankedForIt ? bestPerArticle.Where(e => FactSpotter.ListsNames(e.Sentence.WithAntecedent)).MinBy(e => e.Rank) : null)
            ?? (evidence.Question.Facts.AsksForTimeBetween && rankedForIt ? bestPerArticle.Where(e => FactSpotter.StatesALength(e.Sentence.WithAntecedent)).MinBy(e => e.Rank) : null)
            ?? (rankedForIt && AsksForAChange(query) ? bestPerArticle.Where(e => FromTo().IsMatch(e.Sentence.Text)).MinBy(e => e.Rank) : null)
            ?? (rankedForIt ? NewestDifference(evidence, bestPerArticle) : null)
            ?? (rankedForIt ? CountOfThePersonAsked(evidence, bestPerArticle) : null)
            ?? (!rankedForIt ? bestPerArticle.OrderByDescending(e => e.Check.Focus).ThenByDescending(e => e.Score).First()
                : !query.SearchedInEnglish ? bestPerArticle[0]
                : (query.AboutThePast ? bestPerArticle.Where(e => !e.Check.SportInPassing).MinBy(e => e.Rank) : null) ?? bestPerArticle.MinBy(e => e.Rank)!);
        return (lead, bestPerArticle);
    }

    /// <summary>
    /// "Who is Belmora's communications minister?" or "Who heads the league now?" asks who holds the office now: when
    /// the first person the newest answering story names is someone the first story's answer does not name
    /// ("Communications Minister Petra Zalewski, who replaced Oskar Draal"), it leads, though the older one (the
    /// minister since replaced, quoted at length on the matter the stories share) is closer to the question. A newer story naming the same holder in
    /// passing ("under IOC President Kirsty Coventry, who succeeded Thomas Bach") does not displace the one that tells
    /// how she took office. Null for a question about the past or any other question.
    /// </summary>
    private static EvidenceSentence? NewestHolder(EvidenceSet evidence, List<EvidenceSentence> bestPerArticle)
    {
        if (evidence.Question.Asks != AskedFor.Who || evidence.Question.Query.AboutThePast
            || !(QuestionClauses.AsksWhoHoldsRole(QuestionClauses.First(evidence.Question.Query.Question)) || AsksWhoHeads(evidence.Question.Facts.Relation)))
        {
            return null;
        }

        var first = bestPerArticle.MinBy(e => e.Rank)!;
        var newest = bestPerArticle.Where(e => e.Passage.Article.Published is not null).MaxBy(e => e.Passage.Article.Published);
        var named = FactSpotter.Surnames(first.Sentence.WithAntecedent).ToHashSet(StringComparer.Ordinal);
        // "She said the league would not take the case further" names its holder in the sentence it points back to.
        return newest is not null
            && (FactSpotter.Surnames(newest.Sentence.Text).FirstOrDefault() ?? FactSpotter.Surnames(newest.Sentence.WithAntecedent).FirstOrDefault()) is { } holder
            && !named.Contains(holder) ? newest : null;
    }

    /// <summary>"Who heads the league now?", "Who leads the union?" ask who holds its top office, as "Who is its president?" does.</summary>
    private static bool AsksWhoHeads(string? relation) => relation is "heads" or "head" or "leads" or "lead";

    /// <summary>
    /// "How far inside the zone was the yacht?": the organisers' first figure ("1.2 nautical miles inside the zone")
    /// is closer to the question, but a newer story's answer that corrects it ("0.4 nautical miles inside the boundary,
    /// less than the race organisers had first estimated") gives the figure as it was established, whatever tense the
    /// question is put in, and leads. Only a correction that says one of the question's words or names: an audit
    /// office raising its estimate of another event's cost corrects nothing the question asks, and one that says fewer
    /// of the question's words than the first answer, in a story that never recalls the first answer's figure,
    /// corrects another figure (the games' total, asked about the seating's overrun). Any answer of the newer
    /// story counts, not only its best: "it had used 1,090 officers on the day, not the 1,150 it announced" corrects the
    /// count though the judge's ruling, which counts other officers, says more of the question's words. Null when no
    /// newer answer says it corrects an earlier figure.
    /// </summary>
    private static EvidenceSentence? NewerCorrection(EvidenceSet evidence, List<EvidenceSentence> answering, List<EvidenceSentence> bestPerArticle)
    {
        var first = bestPerArticle.MinBy(e => e.Rank)!;
        return answering
            .Where(e => e.Passage.Article.Published > first.Passage.Article.Published && RevisionWords.Corrects(e.Sentence.Text)
                && (e.Check.FocusSaid.Count > 0 || (evidence.Question.Names.Count > 0 && e.Check.NamesItself))
                && (e.Check.Focus >= first.Check.Focus || RecallsFigureOf(e, first)))
            .MaxBy(e => e.Passage.Article.Published);
    }

    /// <summary>The newer story gives a figure of the first answer again ("not the 1,150 it announced"): it tells the same count or sum.</summary>
    private static bool RecallsFigureOf(EvidenceSentence newer, EvidenceSentence first)
    {
        var recalled = Figure().Matches(newer.Passage.Article.Body).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return Figure().Matches(first.Sentence.Text).Select(m => m.Value).Any(f => f.Length > 1 && !AskedYears.IsYear(f) && recalled.Contains(f));
    }

    // "1,150", "14.3", "412": a figure as a story writes it.
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")]
    private static partial Regex Figure();

    /// <summary>
    /// "How many members does the union have?" asks for the count as it stands: the newest story that counts them in
    /// the question's own words ("Membership has grown to 340 players") leads, though retrieval put the first story's
    /// "its 212 members" before it. Null for a question about the past, or one that counts no noun: "For how long did
    /// CAS suspend him?" asks for the ban it gave, which a later story about another court's ruling only recalls. A
    /// question about the past that asks for the total ("How many meetings were lost altogether?") asks for the count as
    /// it ended, which the newest story gives.
    /// </summary>
    private static EvidenceSentence? NewerCount(EvidenceSet evidence, List<EvidenceSentence> bestPerArticle)
    {
        var query = evidence.Question.Query;
        if (evidence.Question.Asks != AskedFor.HowMany || !QuestionKindReader.CountsANoun(query.Question) || (query.AboutThePast && !TotalAsked().IsMatch(query.Question)))
        {
            return null;
        }

        var first = bestPerArticle.MinBy(e => e.Rank)!;
        return bestPerArticle.Where(e => e.Passage.Article.Published > first.Passage.Article.Published && e.Check.SaysTheWords)
            .MaxBy(e => e.Passage.Article.Published);
    }

    /// <summary>
    /// "When does the season start now?" asks for the date as it stands: the newest story whose answer says as much of
    /// the question and gives a date still to come when it was written ("clearing the way for the delayed season to
    /// begin on 22 November") leads, though retrieval put the first story's date ("no matches before 15 November")
    /// before it. A newer story recalling a date gone by ("added to the list at the start of 2016") does not. Null for
    /// a question about the past.
    /// </summary>
    private static EvidenceSentence? NewerSchedule(EvidenceSet evidence, List<EvidenceSentence> bestPerArticle)
    {
        if (evidence.Question.Asks != AskedFor.When || evidence.Question.Query.AboutThePast)
        {
            return null;
        }

        var first = bestPerArticle.MinBy(e => e.Rank)!;
        return bestPerArticle.Where(e => e.Passage.Article.Published is { } written && written > first.Passage.Article.Published && e.Check.SaysTheWords
                && e.Check.Focus >= first.Check.Focus && FactSpotter.GivesDateToCome(e.Sentence.Text, written, evidence.Question.Facts))
            .MaxBy(e => e.Passage.Article.Published);
    }

    /// <summary>
    /// "Who is currently leading the federation?", "What is her current world ranking?" ask for the fact as it stands:
    /// the newest dated story whose answer says the question's words, and as much of what it asks about as any answer
    /// of the first story, leads, though retrieval put the older one first ("is ranked 31st" before "is now ranked
    /// 27th"). Not a story in another language, nor a sentence that recounts years before the first story's (that is
    /// history), nor one that says less of the question than the first story does: "these days" does not make FIDE's
    /// newer ruling on its women's events, which says "chess federation", the answer to which continental federation
    /// Russia's belongs to.
    /// </summary>
    private static EvidenceSentence? NewestAsItStands(EvidenceSet evidence, List<EvidenceSentence> answering, List<EvidenceSentence> bestPerArticle)
    {
        if (!evidence.Question.Query.AsksAsItStands || evidence.Question.Asks == AskedFor.WhatIs)
        {
            return null;
        }

        var first = bestPerArticle.MinBy(e => e.Rank)!;
        var firstSays = answering.Where(e => e.Passage.Article.Id == first.Passage.Article.Id).Max(e => e.Check.Focus);
        // The newer story's sentence that says most of the question leads it: "voted 7-2 to delete rule 14.3" rather than
        // the technical director's resignation the same story reports as a change.
        return bestPerArticle.Where(e => e.Passage.Article.Published > first.Passage.Article.Published && LanguageNames.IsEnglish(e.Passage.Article.Language)
                && e.Check.SaysTheWords && !TellsEarlierYears(e, first))
            .Select(e => answering.Where(n => n.Passage.Article.Id == e.Passage.Article.Id && n.Check.SaysTheWords && !TellsEarlierYears(n, first))
                .OrderByDescending(n => n.Check.Focus).ThenByDescending(n => n.Score).First())
            .Where(e => e.Check.Focus >= firstSays)
            .MaxBy(e => e.Passage.Article.Published);
    }

    /// <summary>
    /// "How many votes did Dieter Krall get?" counts his: of the stories that answer, the first whose answer names him
    /// ("beating Dieter Krall by 71 votes to 54") leads before one whose answer counts nothing of his ("Each of the 126
    /// member federations has one vote"). Null when the question names no person, or no answer names one.
    /// </summary>
    private static EvidenceSentence? CountOfThePersonAsked(EvidenceSet evidence, List<EvidenceSentence> bestPerArticle)
    {
        if (evidence.Question.Asks != AskedFor.HowMany || evidence.Question.Facts.AskedStem is null
            || EvidenceFinder.Surnames(evidence.Question.Query.Question) is not { Count: > 0 } people)
        {
            return null;
        }

        return bestPerArticle.Where(e => people.Any(person => QuestionClauses.Says(e.Sentence.WithAntecedent, person))).MinBy(e => e.Rank);
    }

    /// <summary>
    /// A question about the past that names its years ("barred in 2020, elected in 2021") is answered first from a
    /// source written in those years: a later article that recounts them tells the history again, second-hand. One
    /// that names only a month ("What did the union decide in June?") is answered first from a source written in that
    /// month, not from an earlier one that says what June was expected to bring.
    /// </summary>
    private static EvidenceSentence? FromAskedYears(QueryAnalysis query, List<EvidenceSentence> bestPerArticle)
    {
        if (!query.AboutThePast)
        {
            return null;
        }

        if (query.Years.Count == 0)
        {
            var monthsAlone = AskedYears.MonthsWithoutYear(query.Question);
            return monthsAlone.Count == 0 ? null
                : bestPerArticle.Where(e => e.Passage.Article.Published is { } published && monthsAlone.Contains(published.Month)).MinBy(e => e.Rank);
        }

        // "Back in January 2022" names the month too: a source from that month first, then one from the year.
        var months = AskedYears.Months(query.Question);
        var years = query.Years.Select(int.Parse).ToHashSet();
        var dated = bestPerArticle.Where(e => e.Passage.Article.Published is not null).ToList();
        return dated.Where(e => months.Contains((e.Passage.Article.Published!.Value.Month, e.Passage.Article.Published!.Value.Year))).MinBy(e => e.Rank)
            ?? dated.Where(e => years.Contains(e.Passage.Article.Published!.Value.Year)).MinBy(e => e.Rank);
    }

    /// <summary>The first sentence of the lead's story, which says whom and what it is about, when the lead comes later in the story.</summary>
    private static EvidenceSentence? StoryOpening(EvidenceSet evidence, EvidenceSentence lead) =>
        lead.Sentence.Paragraph == 0 ? null
            : evidence.Judged.Where(e => e.Passage.Article.Id == lead.Passage.Article.Id && e.Sentence.Paragraph == 0).MinBy(e => e.Sentence.Index);

    /// <summary>
    /// For a question asking for a kind of fact: the lead article's sentence that names what the question names
    /// and says what it asks about, coming before the sentence with the fact and scoring higher, if there is one.
    /// Not one that speaks of the matter only as what led to something else ("cancelled after Norland closed the
    /// lake" for "Why did Norland close the lake?"), or as what another body answered with its own deed.
    /// Not for a question asking who holds a role: "Who is the president of World Athletics?" is answered by the
    /// sentence naming "World Athletics President Sebastian Coe", not by the ruling the story is about. Nor when the
    /// lead corrects an earlier figure ("it had used 1,090 officers, not the 1,150 it announced"): the figure as it
    /// stands opens the answer, not the judge's ruling before it, which counts other officers; nor when it revises the
    /// figure a question asks for as it now stands (<see cref="LatestFigure"/>).
    /// </summary>
    private static EvidenceSentence? StatesTheMatter(EvidenceSet evidence, EvidenceSentence lead)
    {
        if (evidence.Question.Asks is AskedFor.YesNo or AskedFor.Open or AskedFor.WhatIs || RevisionWords.Corrects(lead.Sentence.Text)
            || (LatestFigureAsked().IsMatch(evidence.Question.Query.Question) && RevisesAFigure(lead.Sentence.Text))
            || (evidence.Question.Asks == AskedFor.Who && QuestionClauses.AsksWhoHoldsRole(QuestionClauses.First(evidence.Question.Query.Question))))
        {
            return null;
        }

        return evidence.Judged
            .Where(e => e.Passage.Article.Id == lead.Passage.Article.Id
                && e.Sentence.Index < lead.Sentence.Index
                && e.Check is { NamesInSource: true, NameInSentence: true, FocusFound: true }
                && e.Check.FactMissing is not (FactSpotter.CauseOfAnother or FactSpotter.AnothersReason)
                && e.Score > lead.Score)
            .MaxBy(e => e.Score);
    }

    [GeneratedRegex(@"\b(?:altogether|in all|in total|all told|overall)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalAsked();
}
