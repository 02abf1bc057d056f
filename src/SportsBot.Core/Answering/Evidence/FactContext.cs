using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>What <see cref="FactSpotter"/> needs to know of the question besides its kind.</summary>
/// <param name="Names">Names the question itself uses: a "who" answer must name someone else, and a body a sentence ties a role to must be one of them.</param>
/// <param name="AskedStem">Stem of the noun a how-many question counts, or a what/which question asks to name, if it names one.</param>
/// <param name="Subject">The subject of a what-is question, as the asker wrote it.</param>
/// <param name="SubjectForms">Other names of that subject ("Individual Neutral Athletes" for "AIN").</param>
/// <param name="AsksForWinner">A who-question about winning: it needs a name with a win verb.</param>
/// <param name="AsksForPeople">"Which officials…": a who-question whose answer is people, so a body's name does not answer it.</param>
/// <param name="AsksForAmount">"How much prize money…": an amount (money or a share) of the asked noun, not a count of it.</param>
/// <param name="HeadedBody">The kind of body a question asks the head of ("union" in "Who heads the Tarsenian players' union?"): a head of a body of another kind is not it.</param>
/// <param name="AsksNameOfAThing">"What's the name of the new arena?": the answer names the thing the relation is the word for, beside that word.</param>
/// <param name="ThingDescribed">Which of its kind the named thing is ("new" in "the name of the new arena"), said before the word for it.</param>
/// <param name="Relation">What a who-question asks the person to have done or to be ("chairs", "carried", "executive"): the sentence must say it.</param>
/// <param name="AsksWhomReplaced">"Who did Halvaag replace?": the one the question names took the post, and the one who held it before is asked.</param>
/// <param name="AsksIfStill">"Is Griner still in custody?": whether something still holds, which a sentence saying it changed or stayed answers.</param>
/// <param name="Speaker">"What did the Premier League say…": whose words the question asks for (empty when it names nobody, "What did she say?"). Null when it asks for none.</param>
/// <param name="MatchSides">"What was the score when Iran played Wales?": the two sides, each by its words; a score, result or count must name both, or it is another match's.</param>
/// <param name="AsksForTimeToCome">"When will Russia return…?": a date after the story's own, an end left open or a length of time, not when something was said.</param>
/// <param name="AsksForTimeBetween">"How long after the invasion did the IOC act?": a date of the asked event answers it as well as a length of time.</param>
/// <param name="AsksHowLongItLasts">"How long does the deal run?": a length lasted, which a time before or after another is not (<see cref="QuestionClauses.RelatesToNoOtherTime"/>).</param>
/// <param name="AskedEvent">"…did the IOC act?": the words of the event the time is counted to (<see cref="QuestionClauses.AskedEvent"/>) that the one it is counted from does not share; a dated sentence must say one.</param>
/// <param name="DoneTo">"Who replaced Rubiales?": whom the asked deed is done to, by the words of their name; empty when the question does not say.</param>
/// <param name="AsksForTheDoer">"Who paid the delegates?": an active deed, whose doer a sentence telling it in the passive without "by" does not name.</param>
/// <param name="Decider">"What did CAS decide about…", "How did the board vote…": the body whose deed or vote the question asks for; null when it asks for none.</param>
/// <param name="HostedEvent">"Where were the Continental Games held?", "Where was the IFU congress held?": the question's names (a year aside) and other words; the sentence giving the place must say one ("at the union's congress in Tunis"), for the question does not say what else happened there. Null for any other question.</param>
/// <param name="AsksForDeadline">"What deadline did the WFC set?": a date something must be done by ("until 30 June"), not any date.</param>
/// <param name="AsksForDay">"On what exact day in March…", "What was the exact date…": a day, which a month or a year alone does not give.</param>
/// <param name="AsksForTimeOfDay">"What time does the final kick off?": a time of day ("15:00", "3pm"), which a date alone does not give.</param>
/// <param name="AsksWhoVotedAgainst">"Who voted against the rule?": the side of the vote is the matter; a sentence that does not say it ("the council decided") names no one who voted against.</param>
/// <param name="Money">"How much did MTR pay…": the deed of money asked about (<see cref="QuestionClauses.MoneyDeedAsked"/>); null when the question asks for none.</param>
/// <param name="AsksForClub">"Which club is Sarkany at now?": a club's name, which a story gives without the word "club" (<see cref="FactSpotter.NamesAClub"/>): naming one says the question's "club".</param>
/// <param name="AsksForAMargin">"How many votes did she win by?", "What was her majority?": a winning margin, which the votes cast for somebody are not, nor they it (<see cref="QuestionClauses.AsksForAMargin"/>).</param>
/// <param name="CountedByDeed">"How many people were arrested?": the stem of the deed done to the people counted, whose count ("412 arrests") counts them.</param>
/// <param name="CountedSide">"How many Kesharian border guards…": the name the counted are described by, whose count another side's is not.</param>
/// <param name="QuestionWords">Stems of the question's other words: with a speaker it does not name, one of its words must be who speaks.</param>
public sealed partial record FactContext(
    IReadOnlyList<QueryTerm> Names,
    string? AskedWord,
    string? AskedStem,
    string? Subject,
    IReadOnlyList<string> SubjectForms,
    bool AsksForWinner,
    TermMatcher Matcher,
    bool AsksForPeople = false,
    bool AsksForAmount = false,
    string? Relation = null,
    IReadOnlyList<QueryTerm>? Speaker = null,
    IReadOnlySet<string>? QuestionWords = null,
    bool AsksIfStill = false,
    IReadOnlyList<IReadOnlyList<QueryTerm>>? MatchSides = null,
    bool AsksForTimeToCome = false,
    bool AsksForTimeBetween = false,
    bool AsksHowLongItLasts = false,
    IReadOnlyList<QueryTerm>? AskedEvent = null,
    IReadOnlyList<QueryTerm>? DoneTo = null,
    bool AsksForTheDoer = false,
    IReadOnlyList<QueryTerm>? Decider = null,
    IReadOnlyList<QueryTerm>? HostedEvent = null,
    bool AsksForDeadline = false,
    bool AsksForDay = false,
    bool AsksForTimeOfDay = false,
    bool AsksWhoVotedAgainst = false,
    MoneyDeed? Money = null,
    bool AsksForClub = false,
    bool AsksForAMargin = false,
    string? HeadedBody = null,
    bool AsksNameOfAThing = false,
    string? ThingDescribed = null,
    string? CountedByDeed = null,
    bool AsksWhomReplaced = false,
    string? CountedSide = null)
{
    /// <summary>The text names each side of the match the question names, by any word of its name (true when it names none).</summary>
    public bool NamesBothSides(string text)
    {
        if (MatchSides is not { Count: > 0 } sides)
        {
            return true;
        }

        var read = Matcher.Read(text, [.. sides.SelectMany(side => side)]);
        return sides.All(side => side.Any(word => Matcher.Mentions(read, word)));
    }

    /// <summary>The text names side <paramref name="side"/> (0 or 1) of <see cref="MatchSides"/> by one of its words.</summary>
    public bool NamesSide(int side, string text) =>
        MatchSides is { } sides && Matcher.Read(text, sides[side]) is var read && sides[side].Any(word => Matcher.Mentions(read, word));

    /// <summary>The text says a word of the event a how-long-after question counts the time to (true when it names none apart).</summary>
    public bool SaysTheAskedEvent(string text) => AskedEvent is not { Count: > 0 } words || SaysAnyOf(words, text);

    /// <summary>
    /// The sentence names what the question places, by one of its words, or refers to it as "it" or "the
    /// tournament" after one that does (true when the question asks for none). "The change follows the case of Ridel,
    /// who raised his fist on the podium in Salvado" refers to a rule change, and places that, not the next Games.
    /// </summary>
    public bool PlacesTheHostedEvent(ArticleSentence sentence)
    {
        if (HostedEvent is not { Count: > 0 } words)
        {
            return true;
        }

        return SaysAnyOf(words, sentence.Text) || (ReferToTheEvent().IsMatch(sentence.Text) && SaysAnyOf(words, sentence.WithAntecedent));
    }

    private bool SaysAnyOf(IReadOnlyList<QueryTerm> words, string text) =>
        Matcher.Read(text, words) is var read && words.Any(word => Matcher.Mentions(read, word));

    // "The vote, moved … from Hradin to Lutova" after "Kellner was elected president of the Ski Jumping Federation of
    // Drovnia" places the election.
    [GeneratedRegex(@"^(?:It|They|The (?:event|tournament|games|championships?|race|match|final|competition|contest|congress|ceremony|meeting|vote|election|ballot|re-run|rerun))\b")]
    private static partial Regex ReferToTheEvent();

    /// <summary>The text names one of the question's names, in any of its forms ("International Paralympic Committee" names "IPC").</summary>
    public bool NamesAny(string text)
    {
        if (Names.Count == 0)
        {
            return false;
        }

        var read = Matcher.Read(text, Names);
        return Names.Any(n => Matcher.Mentions(read, n)) || Matcher.MentionsByInitials(read, Names);
    }

    public bool IsQuestionName(string word)
    {
        var stem = Matcher.StemOf(word);
        return Names.Any(n => n.Stem == stem);
    }

    /// <summary>One of the question's names or other words ("amnesty", written in lower case, is still who is asked about).</summary>
    public bool IsQuestionWord(string word) => IsQuestionName(word) || (QuestionWords?.Contains(Matcher.StemOf(word)) ?? false);

    /// <summary>The sentence says the asked relation, in any form, a word derived from it ("chaired", "chairman", "leader") or a word of the same concept outside a name.</summary>
    public bool SaysRelation(string sentence)
    {
        if (Relation is null || (AsksWhoWasElected && SaysElected(sentence)))
        {
            return true;
        }

        // "What's the name of the pistol shooter who said she couldn't train?": an athlete's kind only describes whom the
        // question means; the story names her beside what she said, after a sentence that says the kind.
        if (Matcher.SameWord(Matcher.StemOf(Relation), Matcher.StemOf("athlete")))
        {
            return true;
        }

        if (TakesThePost(sentence) || SaysHyphenatedPost(sentence))
        {
            return true;
        }

        // "Who wrote the report?": "according to a report by the group Labour Rights Monitor" names its author.
        if (AuthorVerb().IsMatch(Relation) && AuthoredBy().IsMatch(sentence))
        {
            return true;
        }

        // A word of the same concept inside a name is part of the name, not the deed: "Court of Arbitration for Sport"
        // does not say anyone appealed. The asked word itself may be capitalised ("IPC President Andrew Parsons").
        // "IOC Vice-President Nicole Hoevertsz" is not the president: a deputy holds another role.
        var relation = Matcher.StemOf(Relation);
        // A phrase says the deed too: "came second" is "finished", "stepped down" is "resigned". A scoreline is the
        // score, not who scored: "Who scored for Valdoria?" is not answered by "awarded Valdoria a 3-0 win".
        var asksForScorer = Matcher.SameWord(relation, Matcher.StemOf("scored"));
        // "Its own dress rules" says whose, not that anybody owns anything: "Who owns Lerin BC?" is not answered by a
        // federation setting its own rules.
        // "Who did Kessa Sharks beat?" asks whom they beat: "the defending champions" holds a title, and beat nobody named.
        // By the word itself: "won" is of the same concept, and asks who won a title.
        var asksWhomBeaten = BeatWord().IsMatch(Relation);
        var text = OwnAsAdjective().Replace(sentence, "${whose}");
        var words = QuestionClauses.Words(asksForScorer ? text : ConceptTable.WithPhrasesJoined(text)).ToList();
        // "former national head coach Vera Kolodny" and "sacked … head coach Vera Kolodny" held the post and hold it no
        // longer, unless a former holder is asked for; "banned from coaching" holds no post.
        return words.Select((word, i) => (Word: word, Stem: Matcher.StemOf(word), InName: i > 0 && char.IsUpper(word[0]), Deputy: i > 0 && UnderThePost(words[i - 1]), Asked: AskedOfAnother(words, i),
                Former: LostThePost(words, i))).Any(w =>
            !w.Deputy && !w.Former && !DepartmentOfThePost().IsMatch(w.Word) && !(PostAsked && w.Word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) && !w.Asked && !(asksWhomBeaten && TitleHeld().IsMatch(w.Word)) && (w.Stem == relation || (relation.Length >= 4 && w.Stem.StartsWith(relation, StringComparison.Ordinal)) || (!w.InName && Matcher.SameWord(relation, w.Stem))));
    }

    [GeneratedRegex(@"^(?:champion|champions|title|titles|titleholder|titleholders|gold|golds|winner|winners)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleHeld();

    [GeneratedRegex(@"^(?:beat|beats|beaten|beating|defeat|defeats|defeated|defeating)$", RegexOptions.IgnoreCase)]
    private static partial Regex BeatWord();

    public bool AsksForWords => Speaker is not null;

    /// <summary>The sentence says somebody took the side against: "voted against", "opposed", "the only no vote".</summary>
    public static bool SaysVotedAgainst(string sentence) => AgainstSide().IsMatch(sentence);

    [GeneratedRegex(@"\b(?<whose>its|their|his|her|our|my|your|one's)\s+own\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnAsAdjective();

    // "Against" alone is no side of a vote: "an appeal against the rule".
    [GeneratedRegex(@"\bvot(?:e|ed|es|ing)\s+against\b|\b(?:opposed|voted no|no votes?|abstained)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgainstSide();

    /// <summary>
    /// "Who won the boxing federation's election?": who won a vote is who was elected, which is how a story reports it
    /// ("elected Tomas Ekdal as its president"), with no win verb.
    /// </summary>
    public bool AsksWhoWasElected => AsksForWinner && (QuestionWords?.Any(w => ElectionWord().IsMatch(w)) ?? false);

    [GeneratedRegex(@"^(?:wrote|write|writes|written|published|publish|publishes|compiled|compile|produced|produce|authored|conducted|carried)$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorVerb();

    [GeneratedRegex(@"\b(?:report|study|survey|investigation|inquiry|analysis|review|letter|paper|book|documentary|petition)\s+(?:[\p{Ll}\p{N}'-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?\p{Lu}")]
    private static partial Regex AuthoredBy();

    /// <summary>The sentence says somebody was elected.</summary>
    private static bool SaysElected(string sentence) => Elected().IsMatch(sentence);

    /// <summary>
    /// "How many federations voted for…", "in favour", "opposed": a count of those who voted, which a vote's tally
    /// gives. Not "backed" or "supported", which need not be a vote ("How many fencers were allowed back?").
    /// </summary>
    public bool AsksAboutAVote => QuestionWords?.Any(w => VoteWord().IsMatch(w)) ?? false;

    /// <summary>
    /// The words name whom the question asks to speak, in any form ("Ukrainian" for "Ukraine", "minister" in "the
    /// sports minister"); when it names nobody, one of the question's words written with a capital.
    /// </summary>
    /// <param name="wholeName">
    /// The words are those a pronoun ("He said…") points back to: they name the speaker by every word of its name, for
    /// one of its words may belong to another name there ("who plays in Australia's Big Bash League. He said…" is not
    /// Cricket Australia speaking).
    /// </param>
    public bool NamesSpeaker(string words, bool wholeName = false)
    {
        if (Speaker is not { Count: > 0 } speaker)
        {
            return QuestionClauses.Words(words).Any(w => char.IsUpper(w[0]) && IsQuestionWord(w));
        }

        // "CA said…": a speaker of two or more words is named by its initials too.
        if (speaker.Count >= 2 && string.Concat(speaker.Select(term => char.ToUpperInvariant(term.Word[0]))) is var initials
            && QuestionClauses.Words(words).Any(w => w == initials))
        {
            return true;
        }

        var read = Matcher.Read(words, speaker);
        // "Russia's sports minister", "Kharlan's coach": an office is named whole, what it is and whose, where the
        // speaker is: neither the ROC, nor the Court of Arbitration for Sport, nor Ukraine's foreign minister, nor
        // Zembla's sports minister is Russia's sports minister. A group ("Ukrainian officials") speaks through any of
        // its members.
        var office = speaker.Count >= 2 && Office().IsMatch(speaker[^1].Word);
        return wholeName || office ? speaker.All(term => Matcher.Mentions(read, term)) : speaker.Any(term => Matcher.Mentions(read, term));
    }

    /// <summary>
    /// The word is what a how-many question counts: the asked noun, a word of its concept, or a short name whose long
    /// form holds it ("12 AINs" counts athletes, for AIN is "Individual Neutral Athletes").
    /// </summary>
    public bool IsCounted(string word) => AskedStem is { } asked
        && (Matcher.SameWord(asked, Matcher.StemOf(word))
            || Matcher.NamesOf(word).Any(name => name.Contains(' ') && QuestionClauses.Words(name).Any(w => Matcher.SameWord(asked, Matcher.StemOf(w)))));

    /// <summary>The how-many question counts a kind of people by what they do or are ("protesters", "fans", "workers").</summary>
    public bool CountsAKindOfPeople => AskedWord is { } noun && KindOfPeople().IsMatch(noun);

    /// <summary>Not "players" or "athletes", whose count is a squad's or a field's, not a crowd's.</summary>
    [GeneratedRegex(@"^(?:protesters|protestors|demonstrators|activists|campaigners|workers|labourers|laborers|fans|supporters|spectators|residents|voters|migrants|refugees|journalists|reporters|officials|members|staff|employees|volunteers|civilians|citizens|victims|prisoners|detainees|passengers|students)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindOfPeople();

    [GeneratedRegex(@"^(?:elect|vote|ballot|poll)", RegexOptions.IgnoreCase)]
    private static partial Regex ElectionWord();

    [GeneratedRegex(@"\b(?:re-?)?elected\b", RegexOptions.IgnoreCase)]
    private static partial Regex Elected();

    [GeneratedRegex(@"^(?:vot|ballot|favour|favor|oppos|abstain|abstent)", RegexOptions.IgnoreCase)]
    private static partial Regex VoteWord();

    /// <summary>The word names an office one person holds ("minister", "president", "coach").</summary>
    public static bool IsOffice(string word) => Office().IsMatch(word);

    /// <summary>An office one person holds; the sources may write it capitalised ("Sports Minister Oleg Matytsin").</summary>
    [GeneratedRegex(@"^(?:minister|president|chairman|chairwoman|chair|chief|secretary|spokesman|spokeswoman|spokesperson|coach|captain|manager|director|ambassador|commissioner|premier|chancellor|mayor|governor)$", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    /// <summary>
    /// The word before a title names a post under it ("IOC Vice-President", "goalkeeping coach", "deputy minister"),
    /// another post than the one asked about, unless the question names it too.
    /// </summary>
    public bool UnderThePost(string wordBefore) => PostUnder().IsMatch(wordBefore) && !IsQuestionWord(wordBefore);

    [GeneratedRegex(@"^(?:vice|deputy|assistant|goalkeeping|goalkeeper|fitness|conditioning|strength|youth|academy|defensive|attacking|offensive|batting|bowling|fielding|kicking|scrum|skills)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostUnder();
}
