using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// How <see cref="EvidenceFinder"/> tells a sentence that carries the asked kind of fact, but of somebody or something
/// else: another country's deed, another event's place, another body's decision; and which sentence gives the cause of
/// the matter another sentence of its story states.
/// </summary>
public sealed partial class EvidenceFinder
{
    /// <summary>
    /// "Why was Valmora's agency reinstated?" names nobody who did it: the account of whoever the story's headline says
    /// did it ("GADA reinstates Valmora's agency", then "GADA said a law had made the agency independent") is the
    /// doer's own, not another body's.
    /// </summary>
    private bool GivenByTheDoer(ArticleSentence sentence, QuestionReading reading, string headline) =>
        QuestionClauses.DeedOfNobodyNamed(QuestionClauses.First(reading.Query.Question)) is { } deed
        && FactSpotter.AccountGivers(sentence.Text).Any(giver => QuestionClauses.Says(headline, giver))
        && matcher.Term(deed.ToLowerInvariant(), isName: false) is var done && matcher.Mentions(matcher.Read(headline, [done]), done);

    /// <summary>
    /// "Who was Dunmore fighting the night he collapsed?": "Sports Minister Clara Feyn announced the moratorium" names a
    /// person, and the sentence it refers back to says "collapsed after a fight"; but the fight is that sentence's, and
    /// the person named here did something else. A who-question's deed must be said by the sentence that names who,
    /// unless it only says who the ones before were, or who replaces the one before ("…has stepped down as general
    /// manager" then "He is replaced by Annika Florou").
    /// </summary>
    private static string? DeedOnlyBefore(ArticleSentence sentence, QuestionReading reading) =>
        reading.Asks == AskedFor.Who && sentence.Antecedent is { } before && reading.Facts.Relation is { } relation
        && !reading.Facts.SaysRelation(sentence.Text) && reading.Facts.SaysRelation(before) && !Identifies().IsMatch(sentence.Text)
        && !FactSpotter.NamesASuccessor(sentence.Text)
            ? $"only the sentence it refers back to says who {relation}"
            : null;

    /// <summary>
    /// "On what date did Lunescu send the law back?": "The amended version, approved on Monday, … moves the start date
    /// from 1 January to 1 July 2026" dates the amendment and the start, while only the sentence it refers back to says
    /// the law was sent back. A question that insists on the day is answered only by a sentence that itself says
    /// something of what is dated, not one that borrows it from the sentence before; a plain "when" may be answered by
    /// "The stand … will be open for the home game on 14 December" after "supporters will return to the east stand".
    /// </summary>
    private string? DateOnlyBefore(ArticleSentence sentence, QuestionReading reading) =>
        reading.Asks == AskedFor.When && reading.Facts.AsksForDay && (sentence.Antecedent ?? sentence.Before) is { } before && reading.Focus.Count > 0
        && matcher.Coverage(reading.Focus, matcher.Read(sentence.Text, reading.Terms)) == 0
        && matcher.Coverage(reading.Focus, matcher.Read(before, reading.Terms)) > 0
            ? "only the sentence it refers back to says what is dated"
            : null;

    // "…has charged three players. The players are Pavel Kovan, Ivo Brel and Mihai Sorin": a sentence that says who
    // the ones before are does their deed.
    [GeneratedRegex(@"^(?:They|These|Those|Both|The\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:are|were|is|was|include|included)\b")]
    private static partial Regex Identifies();

    /// <summary>
    /// "Which three arenas…?" is not answered by "installed at nine of the league's 12 arenas", which names none; nor,
    /// when the arenas are things, not people or bodies a who-question may name without calling them so ("The US and
    /// Canada boycotted"), by a sentence that does not speak of arenas at all, itself or in the sentence it refers back
    /// to ("one of seven oligarchs added to the list" before "The others included Oleg Deripaska"). Nor "Which four
    /// centres…?" by a sentence with no name of its own.
    /// </summary>
    private string? CountedNotNamed(ArticleSentence sentence, QuestionReading reading)
    {
        if (reading.Asks is not (AskedFor.Open or AskedFor.Who) || reading.WhichNoun is not { } noun)
        {
            return null;
        }

        return FactSpotter.CountsInsteadOfNaming(sentence.Text, noun, reading.Facts) ? $"it counts or describes the {noun} but names none"
            : reading.WhichCounted && FactSpotter.NamesNoneOfItsOwn(sentence.WithAntecedent, reading.Facts, QuestionClauses.NamesPeople(noun)) ? $"it names none of the {noun}"
            : reading.Asks == AskedFor.Open && !matcher.Mentions(matcher.Read(sentence.WithAntecedent, [matcher.Term(noun, isName: false)]), matcher.Term(noun, isName: false)) ? $"it names no {noun}"
            : null;
    }

    /// <summary>
    /// "Is Stellan Ivorsky still president of the federation?" is answered, without his name, by "Nadia Rostermann-Bey has
    /// been elected president of the Kalvorian Athletics Federation": another has taken the post he held.
    /// </summary>
    private static bool AnotherInThePost(string sentence, QuestionReading reading) =>
        reading.Facts.AsksIfStill && StillInPost().Match(reading.Query.Question) is { Success: true } asked
        && FactSpotter.TakesUpAPost(sentence, postAsked: post => post.Equals(asked.Groups["post"].Value, StringComparison.OrdinalIgnoreCase))
        && FactSpotter.PersonNames(sentence).Any(person => !person.Split(' ').Any(reading.Facts.IsQuestionName));

    [GeneratedRegex(@"\bstill\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?<post>" + FactSpotter.Posts + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillInPost();

    /// <summary>
    /// "Exactly how many kids got scanned?" asks for a figure: "several thousand children" counts them only roughly,
    /// and a sentence with no figure of its own ("12", "two") does not answer.
    /// </summary>
    private static string? NoExactCount(ArticleSentence sentence, QuestionReading reading) =>
        reading.Asks == AskedFor.HowMany && reading.AsksExactly && !FactSpotter.GivesAFigure(sentence.Text)
            ? "it gives no exact figure"
            : null;

    /// <summary>Why the fact the sentence carries is not the one asked about, or null when it is.</summary>
    /// <param name="headline">The story's title and opening paragraph, as the rules read them.</param>
    private string? AnotherOnesFact(ArticleSentence sentence, QuestionReading reading, string headline)
    {
        // "Did Ostria appeal to CAS?" asks what Ostria did: "Pelland's federation said it would challenge it" tells
        // what Pelland did, and so does a sentence after it that only borrows the deed from it.
        if (reading.YesNoSubject is not null && (FactSpotter.OpensWithAnotherOwner(sentence.Text, reading.Facts)
            || (sentence.Before is { } before && FactSpotter.OpensWithAnotherOwner(before, reading.Facts)
                && matcher.Coverage(reading.Focus, matcher.Read(sentence.Text, reading.Terms), orOpposite: true) == 0)))
        {
            return "it tells what somebody else did";
        }

        // "Why did Valdoria shut foreign boats out?" asks Valdoria's reason: "Estovia's foreign ministry summoned
        // Valdoria's ambassador to protest at the closure" gives Estovia's, for what Estovia did.
        if (reading.Asks == AskedFor.Why && WhyDidDoer().Match(reading.Query.Question) is { Success: true } doer
            && reading.Facts.IsQuestionName(doer.Groups["doer"].Value) && FactSpotter.OpensWithAnotherOwner(sentence.Text, reading.Facts))
        {
            return FactSpotter.AnothersReason;
        }

        // "Who won the under-73kg title?" asks about that category: "Hollis won the women's under-63kg title" tells of
        // another, and a sentence that names none ("Hollis won gold") may be of any.
        if (reading.Names.FirstOrDefault(n => QueryAnalyzer.IsMeasure(n.Word) && !matcher.Mentions(matcher.Read(sentence.WithAntecedent, [n]), n)) is { } measure)
        {
            return $"it does not name the {measure.Word} asked about";
        }

        // "How much was Marovia fined?": "halve the fine on the Tessalian federation" tells of another one's fine, and
        // so does a sentence after it that borrows the fine from it.
        if (reading.SanctionedAsked.Count > 0 && (PunishesAnother(sentence.Text, reading)
            || (sentence.Before is { } prior && PunishesAnother(prior, reading) && matcher.Coverage(reading.Focus, matcher.Read(sentence.Text, reading.Terms)) == 0)))
        {
            return "it tells of another one's punishment";
        }

        // "How long was Varsk's coach banned?" asks about her coach: "Varsk has been banned for four years" is about
        // her. The role must be said here or in the sentence before, where the one who holds it is introduced.
        if (reading.HolderAsked is { } holder && !matcher.Mentions(matcher.Read(sentence.Context, [holder]), holder))
        {
            return $"it is not about the {holder.Word} asked about";
        }

        // "Where were the Continental Games held?": the place must be the event's, in the same sentence ("at the
        // Continental Games in Salvado"); a later one ("raised his fist on the podium in Salvado") may be anywhere.
        if (!reading.Facts.PlacesTheHostedEvent(sentence))
        {
            return "does not name the event it places";
        }

        // "What did CAS decide on Ekdal's appeal?": the sentence, with what it refers to, or its story's headline must
        // name the body asked about as deciding; "Ekdal said he would appeal to CAS" (and what follows it) tells
        // what others mean to do, not what CAS decided.
        if (reading.Facts.Decider is { Count: > 0 }
            && !FactSpotter.NamesTheDecider(sentence.WithAntecedent, reading.Facts) && !FactSpotter.NamesTheDecider(headline, reading.Facts))
        {
            return "does not name the body asked about as deciding";
        }

        return null;
    }

    private static bool PunishesAnother(string text, QuestionReading reading) =>
        FactSpotter.Sanctioned(text) is [_, ..] punished && !punished.Any(names => names.Any(p => FactSpotter.IsOneOf(p, reading.SanctionedAsked, reading.Facts)));

    [GeneratedRegex(@"^why\s+(?:did|does|do|has|have|had|would|will)\s+(?:the\s+)?(?<doer>[\p{L}-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhyDidDoer();

    /// <summary>
    /// A story states the matter when one of its sentences says the question, in its words or as the closest in
    /// meaning ("Iran's footballers stood in silence and did not sing their national anthem"); a sentence of it
    /// that names the subject and gives the asked-for cause ("The gesture was widely seen as a show of support for
    /// the protests") answers about that matter. Why a person the question names did something, it must say that
    /// person, by name or as "he" or "she": "Brask United supporters will return … after city inspectors signed off
    /// repairs" names the club, and gives no cause of why its chief executive quit.
    /// </summary>
    private static void MarkStatedMatterAnswers(List<SentenceDraft> drafts, QuestionReading reading)
    {
        if (AnswerCue(reading) is not { } cue)
        {
            return;
        }

        var people = reading.Asks == AskedFor.Why ? Surnames(reading.Query.Question) : [];
        foreach (var story in drafts.GroupBy(d => d.Rank).Where(g => g.Any(d => d.NamesInSource && d.NamesHere && (d.SaysFocus || d.SaysTheSame))))
        {
            foreach (var answer in story.Where(d => d.Missing is null && !d.SaysFocus && d.NamesItself && cue(d.Sentence.WithAntecedent)
                && (people.Count == 0 || people.Any(person => QuestionClauses.Says(d.Sentence.WithAntecedent, person)) || PersonPronoun().IsMatch(d.Sentence.Text))))
            {
                answer.AnswersTheStatedMatter = true;
            }
        }
    }

    [GeneratedRegex(@"\b(?:he|she|his|her|him)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonPronoun();
}
