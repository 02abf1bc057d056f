using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>The question's words that say what kind of fact it asks for, and so are no words an answering sentence must repeat.</summary>
public sealed partial class EvidenceFinder
{
    /// <summary>
    /// The words of the question no sentence need say: those the question reader already set aside, and those that
    /// name the kind of fact or deed a rule of its own checks (a place kind, a deadline, a verb of paying, a post held).
    /// </summary>
    /// <param name="first">The question's first clause, which holds what is asked.</param>
    /// <param name="postponed">"pushed back" or "put off" in the first clause, read as the one word "postponed".</param>
    private static HashSet<string> WordsNotToFind(
        QueryAnalysis query, string first, string? hostingVerb, bool asksForDeadline, bool asksForDay, MoneyDeed? money, Match postponed)
    {
        var ignored = (query.Ignored ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // "Which country did she switch to?" is answered by a place, which its own rule checks, and "What did CAS decide
        // about the ROC?" by what CAS did, in whatever verb the story uses, and "Where were the Games held?" by the
        // Games' place, and "What deadline did it set?" by a date: "country", "decide", "held" and "deadline" are no words to find.
        var askedWithoutSaying = query.Asks switch
        {
            AskedFor.Where => QuestionKindReader.PlaceKind(query.Question) ?? hostingVerb,
            AskedFor.When => asksForDeadline ? "deadline" : null,
            AskedFor.Open => QuestionKindReader.GenericDeed(query.Question),
            // "How far inside the zone was the yacht?": "far" is the distance asked for, which no sentence says; "How much
            // warning…" asks a length of time, which "60 days' notice" gives.
            AskedFor.HowMany => QuestionKindReader.LengthVerb(query.Question) ?? QuestionKindReader.NoticeAsked(query.Question) ?? (query.AskedNoun is "distance" ? "far" : null),
            _ => null,
        };
        if (askedWithoutSaying is not null)
        {
            ignored.Add(askedWithoutSaying);
        }

        // "What are the current dates of the regatta?" asks when it is sailed: a date, which no sentence need call one.
        if (query.Asks == AskedFor.When)
        {
            ignored.UnionWith(["date", "dates", .. QuestionClauses.Words(QuestionKindReader.WhenHeldVerb(query.Question) ?? string.Empty)]);
        }

        // "How many were harmed, according to the inquiry?": "according to" says whose account is asked for, which the
        // words after it name; the phrase itself is no word a sentence of that account says.
        ignored.Add("according");

        // "How much did the union originally demand?", "Why did he finally give up?": the word says which account of a
        // matter that changed is asked for, which the answer's lead picks by the stories' dates; no sentence says it.
        ignored.UnionWith(["initially", "originally", "finally", "eventually", "ultimately"]);
        if (QuestionClauses.SaysEndedUp(query.Question))
        {
            ignored.UnionWith(["end", "ends", "ended", "ending"]);
        }

        // "On what exact day did Brask last race?": "exact" and "day" say what kind of fact is asked, as "when" does.
        ignored.UnionWith(asksForDay ? QuestionClauses.DayWords : []);

        // "Why did Havik quit as KHL boss?" asks why he quit: the post he left only says which, and "KHL chief executive
        // Jon Havik said the league was disappointed" names the post without a word of why he left it.
        if (query.Asks == AskedFor.Why && LeftAsRole().Match(first) is { Success: true } post)
        {
            ignored.UnionWith(post.Groups["role"].Captures.Select(c => c.Value));
        }

        // "What reason was given for Halvaag's departure?" asks why he left: the verb that hands over a reason is no word a
        // sentence giving it says ("with Halvaag citing 'family reasons'").
        if (query.Asks == AskedFor.Why && ReasonGiven().Match(first) is { Success: true } given)
        {
            ignored.Add(given.Groups["verb"].Value.ToLowerInvariant());
        }

        // "How much did Oresko take?" is answered by "he accepted 400,000 dollars": the money rule checks the deed in
        // the words of its kind, so "take" is no word to find either. A fine is named as one ("fined", "the fine"), so
        // "fined" stays a word the sentence itself must say: the money rule also reads the sentence before it.
        if (money is { Verb: var moneyVerb and not "fined" })
        {
            ignored.Add(moneyVerb);
        }

        // "What's the name of the boat that got stopped?" asks for a name, which the rules for the role or the thing
        // check: "name" is no word to find.
        if (query.Asks == AskedFor.Who && QuestionKindReader.NamedRole(first) is not null)
        {
            ignored.UnionWith(["name", "names"]);
        }

        // "Who took over from Hale?" asks who replaced him, which the deed's own rule checks: "took" is no word to find.
        if (query.Asks == AskedFor.Who && QuestionClauses.WhoRelation(first) is { } askedDeed)
        {
            ignored.UnionWith(ConceptTable.PhrasesIn(first).Where(p => p.Word == askedDeed).SelectMany(p => p.Words));
        }

        // "Is Reyvik still in charge of sport, or has someone taken over?" asks whether he still holds his post, which
        // "Reyvik quit as sports minister" answers: "in charge" and "taken over" say a post is held, by whatever title.
        if (query.Asks == AskedFor.YesNo && StillAsked().IsMatch(query.Question))
        {
            ignored.UnionWith(PostHeld().Matches(query.Question).Select(m => m.Groups["word"].Value.ToLowerInvariant()));
        }

        // "Does Vassko still have to pay the fine the federation imposed on him?": the clause after the noun only says
        // which fine; "The 3,000-mark fine was annulled" need not say who imposed it.
        if (query.Asks == AskedFor.YesNo && StillAsked().IsMatch(query.Question) && WhichOneClause().Match(query.Question) is { Success: true } which)
        {
            ignored.UnionWith(QuestionClauses.Words(which.Groups["clause"].Value).Select(w => w.ToLowerInvariant()));
        }

        // "Why was the relocation pushed back?" asks why it was postponed, as "forced the club to postpone its move"
        // says: the phrase is looked for as the one word a story's phrase is read as. The question is searched as
        // typed, so a story that says "pushed back" is still found by those words. Only the phrase said of what the
        // question is about: in "agree about pushing the Games back" the pushing back is what was agreed on.
        if (postponed.Success)
        {
            ignored.UnionWith(QuestionClauses.Words(postponed.Value));
        }

        // "Why did Ames step down?": the particle of a phrase is no word of its own to find ("must stand down" says
        // "down"); the verb is, and a story's own "stepped down" or "resigned" is read as the phrase's one word.
        ignored.UnionWith(ConceptTable.PhrasesIn(first)
            .Where(p => p.Words.Count == 2 && Particle().IsMatch(p.Words[1])).Select(p => p.Words[1]));

        return ignored;
    }

    /// <summary>
    /// The share of the question's other words a sentence need not say because its story's headline or opening says
    /// them (<see cref="QuestionReading.FocusSetByTheStory"/>). None unless the sentence says something of what is
    /// asked beyond them: "The IPC stripped Malaysia of the championships" says only the event a question follows, and
    /// nothing of where they were held after it. It lets a sentence pass, and does not rank it.
    /// </summary>
    private double SetInTheStory(QuestionReading reading, IReadOnlyList<QueryTerm> focus, TextTerms sentence, TextTerms opening) =>
        focus.Count == 0 || !focus.Any(t => !reading.FocusSetByTheStory.Contains(t) && matcher.Mentions(sentence, t)) ? 0
            : (double)reading.FocusSetByTheStory.Count(t => focus.Contains(t) && !matcher.Mentions(sentence, t) && matcher.Mentions(opening, t)) / focus.Count;

    [GeneratedRegex(@"\bas\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:(?<role>boss|chief|president|head|coach|manager|captain|chairman|chairwoman|chair|treasurer|minister|director|executive|secretary|leader|ceo)\b\s*){1,2}", RegexOptions.IgnoreCase)]
    private static partial Regex LeftAsRole();

    [GeneratedRegex(@"\b(?:reasons?|explanation|grounds)\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?<verb>give|gave|given|giving|cite|cited|offer|offered|state|stated|provide|provided)\b|\b(?<verb>give|gave|given|cite|cited|offer|offered|state|stated|provide|provided)\s+(?:as\s+)?(?:the\s+|a\s+|any\s+)?(?:reasons?|explanation|grounds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonGiven();

    [GeneratedRegex(@"\b(?:the|his|her|its|their)\s+[\p{L}-]+\s+(?:that\s+|which\s+)?(?<clause>(?:the|a|his|her|its|their)\s+[\p{L}-]+\s+\p{L}+ed\b(?:\s+(?:on|to|against|for)\s+(?:him|her|them|it))?)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOneClause();

    [GeneratedRegex(@"^(?:down|out|off|back|up|over)$", RegexOptions.IgnoreCase)]
    private static partial Regex Particle();

    [GeneratedRegex(@"\bin (?<word>charge)\b|\b(?<word>take|takes|taking|took|taken) over\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostHeld();
}
