using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"Who…": someone other than those the question names, doing or being what it asks.</summary>
public static partial class FactSpotter
{
    private static bool HasActor(string sentence, FactContext context) => Actors(sentence, context).Any();

    /// <summary>
    /// The names a who-question's answer gives, in the sentence's order: someone other than those the question names
    /// ("Rubiales" in "Rubiales held the head of forward Jenni Hermoso and kissed her" for "Who kissed Hermoso?").
    /// </summary>
    public static IEnumerable<string> Actors(string sentence, FactContext context)
    {
        if (context.AsksForWinner)
        {
            // "Who won": a name doing the winning, not the word "winner" in a plan for a match yet to be played.
            return WinnerBefore().Matches(sentence).Where(m => !context.IsQuestionName(m.Groups["name"].Value))
                .Concat(WinnerAfter().Matches(sentence).Where(m => !context.IsQuestionName(m.Groups["name"].Value) && !TitleOfAnotherEvent(sentence, m, context)))
                .Concat(WinnerWho().Matches(sentence).Where(m => !context.IsQuestionName(m.Groups["name"].Value) && WordWithPosition().Matches(m.Groups["what"].Value).Any(w => context.IsQuestionName(w.Value))))
                .Concat(ChampionOf().Matches(sentence).Where(m => !context.IsQuestionName(m.Groups["name"].Value) && QuestionClauses.Words(m.Groups["title"].Value).Any(context.IsQuestionName)))
                .Concat(context.AsksWhoWasElected ? ElectedName().Matches(sentence).Where(m => !context.IsQuestionName(m.Groups["name"].Value)) : [])
                .Concat(WinnerOfThoseAsked(sentence, context))
                .OrderBy(m => m.Index)
                .Select(m => m.Groups["name"].Value);
        }

        if (context.AsksForPeople)
        {
            // "Which officials": a person's name (two capitalised words, neither of them a body's or an event's word).
            // "Which minister…" is answered by "Interior Minister Goran Pelt": the asked word titles the person, though
            // sources that capitalise it make it one of the question's names. A person the sentence titles with another
            // role is not the one asked for: "Her coach, Piet Varga, said…" names no judge for "Which judge oversaw the
            // case?"; a title the rules do not know ("Sports Cabinet Secretary Amina Mohamed") may be the minister's.
            return PersonNames(sentence).Where(name => !name.Split(' ').Any(w => context.IsQuestionName(w) && !context.IsCounted(w))
                && !(context.AskedWord is { } role && IsPersonRole(role, context) && TitledAsAnother(sentence, name, role, context)));
        }

        // A place is where, not who: "A court in Khimki, outside Moscow" names no one for "Who was the judge?".
        var places = PlaceOnly().Matches(sentence).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        // "Brittney Griner" is the question's Griner, not someone else called Brittney; "Nordic Union President Lena
        // Dahl" is still Dahl, the question's Nordic Union only titling her.
        var questionPeople = PersonName().Matches(sentence).Select(m => m.Value.Split(' ')).Where(name => context.IsQuestionName(name[^1])).SelectMany(name => name).ToHashSet(StringComparer.Ordinal);
        // "the American basketball player": a nationality before its noun describes; it names no one.
        var nationalities = NationalityBeforeNoun().Matches(sentence).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        // "Ukraine's Olga Kharlan" is the question's Kharlan, her country only describing her; "the 2023 World Fencing
        // Championships" is when and where, not who.
        var owners = OwnerOfPerson().Matches(sentence).Where(m => context.IsQuestionName(m.Groups["last"].Value)).Select(m => m.Groups["owner"].Value).ToHashSet(StringComparer.Ordinal);
        var events = EventName().Matches(sentence).SelectMany(m => m.Value.Split(' ')).ToHashSet(StringComparer.Ordinal);
        // A lawyer, a coach or a captain is a person: "Marsh's lawyer said she would appeal to the Court of Arbitration
        // for Sport" names a court, not who her lawyer is.
        var bodies = HeldByAPerson(context) ? BodiesIn(sentence) : [];
        return NamesIn(sentence).Concat(DoerOpening(sentence, context)).Where(n => !context.IsQuestionName(n) && !places.Contains(n) && !questionPeople.Contains(n) && !nationalities.Contains(n)
            && !owners.Contains(n) && !events.Contains(n) && !bodies.Contains(n));
    }

    /// <summary>The who-question asks who holds a role only a person holds ("Who is Marsh's lawyer?", "Who coaches her?").</summary>
    private static bool HeldByAPerson(FactContext context) => context.Relation is { } relation && IsPersonRole(relation, context);

    /// <summary>The words just before the person's name give them a role other than <paramref name="role"/> ("Her coach, Piet Varga").</summary>
    private static bool TitledAsAnother(string sentence, string name, string role, FactContext context)
    {
        var at = sentence.IndexOf(name, StringComparison.Ordinal);
        var otherRole = (string w) => !context.Matcher.SameWord(context.Matcher.StemOf(w), context.Matcher.StemOf(role));
        // "Annika Roswell, chief executive of the organiser, said…": a title may follow the name too.
        return (at > 0 && Words(sentence[..at]).TakeLast(TitleWords).Any(w => IsPersonRole(w, context) && otherRole(w)))
            || (at >= 0 && TitleAfter().Match(sentence[(at + name.Length)..]) is { Success: true } after && otherRole(after.Groups["role"].Value));
    }

    [GeneratedRegex(@"^,\s+(?:the\s+|its\s+|a\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?<role>president|chairman|chairwoman|minister|coach|captain|manager|spokesman|spokeswoman|spokesperson|lawyer|agent|doctor|judge|referee|commissioner|governor|executive|director|secretary|mayor)\b")]
    private static partial Regex TitleAfter();

    private static bool IsPersonRole(string word, FactContext context) =>
        context.Matcher.StemOf(word) is var stem && PersonRoleWords.Any(role => context.Matcher.StemOf(role) == stem);

    private static readonly HashSet<string> PersonRoleWords =
        ["president", "boss", "chairman", "chairwoman", "chair", "mayor", "minister", "coach", "captain", "manager", "spokesman", "spokeswoman", "spokesperson", "lawyer", "agent", "doctor", "judge", "referee", "commissioner", "governor", "king", "emir", "sheikh"];

    /// <summary>
    /// The words of the bodies a sentence names: a run of capitalised words (joined by "of", "for", "and" or "the")
    /// with a body's word in it ("Court of Arbitration for Sport", "Norvian Swimming Federation"), up to a person's title
    /// in it, and acronyms ("CAS").
    /// </summary>
    private static HashSet<string> BodiesIn(string sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match run in CapitalisedName().Matches(sentence))
        {
            // "Nordic Union President Lena Dahl": the body's name ends at the title of the person it names.
            var parts = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .TakeWhile(w => !PersonRoleWords.Contains(w.ToLowerInvariant())).ToList();
            if (parts.Any(w => BodyWord().IsMatch(w)))
            {
                words.UnionWith(parts);
            }
        }

        words.UnionWith(WordWithPosition().Matches(sentence).Select(m => m.Value).Where(IsBodyAcronym));
        return words;
    }

    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}'’-]*)*")]
    private static partial Regex CapitalisedName();

    /// <summary>
    /// "Who replaced Rubiales?" is not answered by "coach Jorge Vilda was dismissed and replaced by Montse Tomé": a deed
    /// said in the passive ("replaced by", "banned by") is done to the one its clause names before it. When every time
    /// the sentence says the asked deed so, its clause names others and not whom the question names, it tells who did it
    /// to somebody else. A clause naming nobody ("He was replaced by…") may mean the one asked about, and answers.
    /// </summary>
    private static bool DoneToAnother(string sentence, FactContext context)
    {
        if (context.Relation is null || context.DoneTo is not { Count: > 0 } doneTo)
        {
            return false;
        }

        var (words, deeds) = DeedsIn(sentence, context.Relation, context);
        foreach (var i in deeds)
        {
            if (i + 1 >= words.Count || !words[i + 1].Value.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var clause = ClauseBreak().Split(sentence[..words[i].Index])[^1];
            if (!NamesIn(clause).Any() || context.Matcher.Read(clause, doneTo) is var read && doneTo.Any(t => context.Matcher.Mentions(read, t)))
            {
                return false;
            }
        }

        return deeds.Count > 0;
    }

    /// <summary>The sentence's words, and where among them it says the who-question's deed in any form of its verb.</summary>
    private static (List<Match> Words, List<int> Deeds) DeedsIn(string sentence, string deed, FactContext context)
    {
        var relation = context.Matcher.StemOf(deed);
        var words = WordWithPosition().Matches(sentence).ToList();
        return (words, [.. Enumerable.Range(0, words.Count).Where(i => context.Matcher.SameWord(relation, context.Matcher.StemOf(words[i].Value)))]);
    }

    [GeneratedRegex(@"^(?:was|were|been|be|being|is|are|get|gets|got)$", RegexOptions.IgnoreCase)]
    private static partial Regex BeForm();

    /// <summary>
    /// "Four-time world champion Sebastian Vettel", "Olympic gold medallist Kharlan": a title before a name describes the
    /// person by an earlier win; it tells who won the asked event only when it names that event ("Australian Open
    /// champion Novak Djokovic" for "Who won the Australian Open?").
    /// </summary>
    private static bool TitleOfAnotherEvent(string sentence, Match winner, FactContext context)
    {
        if (!TitleBeforeName().IsMatch(winner.Value))
        {
            return false;
        }

        var before = QuestionClauses.Words(sentence[..winner.Index]).TakeLast(4);
        return !before.Any(context.IsQuestionName);
    }

    /// <summary>
    /// "Novak Djokovic is the Australian Open champion again": being the asked event's champion is having won it. A
    /// defending or former champion won it before; the title must name the event the question asks about.
    /// </summary>
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'-]+)\s+(?:is|are|was|were)\s+(?:now\s+)?(?:the\s+)?(?:new\s+)?(?<title>(?:(?!defending|former|reigning)[\p{L}\p{N}'-]+\s+){1,4}?)champions?\b")]
    private static partial Regex ChampionOf();

    /// <summary>"…elected Tomas Ekdal as its president", "Marek Sol was elected": whom a vote elected.</summary>
    [GeneratedRegex(@"\b(?:re-?)?elected\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'-]+)|(?<name>\p{Lu}[\p{L}'-]+)(?:\s+\p{Lu}[\p{L}'-]+)*\s+(?:was|were|has\s+been|had\s+been)\s+(?:re-?)?elected\b")]
    private static partial Regex ElectedName();

    [GeneratedRegex(@"^(?:champions?|gold medall?ist)\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex TitleBeforeName();

    [GeneratedRegex(@"(?<owner>\p{Lu}\p{L}+)['’]s\s+(?:\p{Lu}[\p{L}'-]+\s+){0,2}(?<last>\p{Lu}[\p{L}'-]+)")]
    private static partial Regex OwnerOfPerson();

    [GeneratedRegex(@"(?:\p{Lu}[\p{L}'-]+\s+)*(?:" + EventWords + @")\b")]
    private static partial Regex EventName();

    // Narrower than Place(): a name after "to" or "hosted by" may be who did it ("awarded to Canada", "hosted by Finland").
    [GeneratedRegex(@"\b(?:in|at|outside|near|inside|across)\s+(?<name>\p{Lu}[\p{L}'-]+)")]
    private static partial Regex PlaceOnly();

    [GeneratedRegex(@"\b(?<name>\p{Lu}\p{Ll}+(?:ian|ean|can|ese|ish))\s+\p{Ll}")]
    private static partial Regex NationalityBeforeNoun();

    /// <summary>
    /// The sentence opens on a person's name, right before its verb, none of whose words the question names ("Dmitri
    /// Orlov was banned…" for a question about Velic): its subject is somebody else. "White House press secretary Jen
    /// Psaki said…" opens on a body's title, not a subject. So does one that opens on a description and the name the
    /// commas set off ("Ardenia's women's champion, Irina Volt, rated 2610, has…").
    /// </summary>
    public static bool OpensWithAnotherPerson(string sentence, FactContext context) =>
        (PersonName().Match(sentence) is { Success: true, Index: 0 } name && !name.Value.Split(' ').Any(w => BodyWord().IsMatch(w))
            && !name.Value.Split(' ').Any(context.IsQuestionName) && VerbNext().IsMatch(sentence[name.Length..]))
        || (DescribedOpening().Match(sentence) is { Success: true } described && PersonName().Match(described.Groups["name"].Value) is { Success: true, Index: 0 } person
            && person.Length == described.Groups["name"].Length && !person.Value.Split(' ').Any(w => BodyWord().IsMatch(w) || context.IsQuestionName(w)));

    [GeneratedRegex(@"^(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+,\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),")]
    private static partial Regex DescribedOpening();

    [GeneratedRegex(@"^\s+(?:was|were|is|are|has|had|have|will|would|could|can|said|says|\p{Ll}+ed)\b")]
    private static partial Regex VerbNext();

    /// <summary>
    /// The sentence opens with what belongs to a name the question does not use, and its verb: "Pelland's federation
    /// said it would challenge it" tells what Pelland did, not Ostria.
    /// </summary>
    public static bool OpensWithAnotherOwner(string sentence, FactContext context) =>
        OwnerOpening().Match(sentence) is { Success: true } opening && !context.IsQuestionName(opening.Groups["owner"].Value);

    [GeneratedRegex(@"^(?<owner>\p{Lu}[\p{L}-]+)['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}?(?:was|were|is|are|has|had|have|will|would|could|can|said|says|\p{Ll}+ed)\b")]
    private static partial Regex OwnerOpening();

    /// <summary>
    /// Capitalised words that do not open a sentence, and acronyms anywhere. The text may be a sentence read with the
    /// one before it: a capital after a full stop says nothing.
    /// </summary>
    public static IEnumerable<string> NamesIn(string sentence)
    {
        foreach (Match m in WordWithPosition().Matches(sentence))
        {
            var w = m.Value;
            var acronym = w.Length >= 2 && w.All(c => char.IsUpper(c) || char.IsDigit(c)) && w.Any(char.IsLetter);
            var capital = char.IsUpper(w[0]);
            var opens = capital && OpensSentence(sentence, m.Index);
            if ((capital && !opens && !IsCalendarWord(w)) || acronym || (opens && OpeningName().IsMatch(sentence.AsSpan(m.Index))))
            {
                yield return w;
            }
        }
    }

    /// <summary>
    /// "Rivertown paid the fine on her behalf" for "Who paid Marlow's fine?": a capitalised word opening a sentence right
    /// before the asked deed is who did it, unless it is a word any sentence may open with ("It paid", "They paid").
    /// </summary>
    private static IEnumerable<string> DoerOpening(string sentence, FactContext context) =>
        context.Relation is not { } relation ? []
            : OpeningDoer().Matches(sentence)
                .Where(opening => !Search.StopWords.Contains(opening.Groups["name"].Value)
                    && OpensWithTheDeed(sentence[opening.Groups["deed"].Index..], context.Matcher.StemOf(relation), context))
                .Select(opening => opening.Groups["name"].Value);

    /// <summary>
    /// The words after an opening name say the asked deed: in its own word, or in a phrase read as a word of its
    /// concept ("Adler sent the law back" vetoed it, which blocks it). Not another word of its concept alone:
    /// "Abramovich bought Chelsea in 2003" does not say who owns it now.
    /// </summary>
    private static bool OpensWithTheDeed(string rest, string relation, FactContext context)
    {
        var said = Words(rest).FirstOrDefault();
        var read = Words(Search.ConceptTable.JoinPhrases(rest)).FirstOrDefault();
        return said is not null && read is not null
            && (context.Matcher.StemOf(said) == relation || (read != said && context.Matcher.SameWord(relation, context.Matcher.StemOf(read))));
    }

    [GeneratedRegex(@"(?:^|(?<=[.!?][""”’]?\s+))(?<name>\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?<deed>\p{Ll}+)\b")]
    private static partial Regex OpeningDoer();

    /// <summary>
    /// "Okonjo, a former Nigerian international, becomes…": a capitalised word that opens a sentence is a name when a
    /// description set off by commas follows it, as a person's is.
    /// </summary>
    [GeneratedRegex(@"^(?!(?:However|Meanwhile|Instead|Yesterday|Today|Earlier|Later|Still|Also|Now|Then|Finally|Indeed|Moreover|Nevertheless|Overall|Separately)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?<!ly),\s+(?:a|an|the)\s+[^,.]{1,60},")]
    private static partial Regex OpeningName();
}
