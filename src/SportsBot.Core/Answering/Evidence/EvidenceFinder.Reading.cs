using System.Text.RegularExpressions;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How <see cref="EvidenceFinder"/> reads the question: its names, its focus, and what it asks of a sentence.</summary>
public sealed partial class EvidenceFinder
{
    /// <summary>
    /// What a sentence says when it answers about a matter stated elsewhere in its story: a cause for a why-question,
    /// a change or a continuation for one asking whether something still holds, the asked speaker speaking for one
    /// asking what somebody said. Null for other questions.
    /// </summary>
    public static Func<string, bool>? AnswerCue(QuestionReading reading) => reading.Asks switch
    {
        AskedFor.Why => FactSpotter.StatesACause,
        AskedFor.YesNo when reading.Facts.AsksIfStill => FactSpotter.ReportsAChange,
        // "What did Ukraine say about Kharlan's disqualification?": "Ukraine's Foreign Minister called on the FIE to restore
        // her rights" speaks of what the story states without naming it again.
        AskedFor.Open when reading.Facts.AsksForWords => sentence => FactSpotter.SpeaksHere(sentence, reading.Facts),
        _ => null,
    };

    /// <summary>
    /// What the sentence an answer leads with says, beyond what answers: <see cref="AnswerCue"/>'s cause or change, and
    /// for "Who is Rubiales?" what he is ("Luis Rubiales, the former president of…") rather than something he did,
    /// for "Which club is Sarkany at now?" one that names a club ("signed with Ostby United") rather than the ruling
    /// that speaks of clubs, for "Which party is Kestel an MP for?" one that names a party ("the Green Progress Party
    /// MP"), for "Which clubs appealed?" the list of them rather than one body's appeal, and for "How long after the vote did
    /// they reverse it?" the length itself ("the following day") rather than a date of one of the two.
    /// </summary>
    public static Func<string, bool>? LeadCue(QuestionReading reading) =>
        AnswerCue(reading) ?? (reading.Asks == AskedFor.WhatIs ? sentence => FactSpotter.Identifies(sentence, reading.Facts)
            : reading.Facts.AsksForClub ? sentence => FactSpotter.NamesAClub(sentence, reading.Facts)
            : reading.WhichKind is { } kind ? sentence => FactSpotter.NamesOneOfKind(sentence, kind, reading.Facts)
            : reading.AsksForSeveral ? FactSpotter.ListsNames
            : reading.Facts.AsksForTimeBetween ? FactSpotter.StatesALength
            : null);

    /// <summary>Which question words are names: those the question shows as names, and those the sources only ever write capitalised.</summary>
    public QuestionReading Read(QueryAnalysis query, IReadOnlyList<RetrievedPassage> passages)
    {
        var questionNames = (query.Names ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var subjectWords = query.Subject is { } subject ? WordsOf(subject) : [];
        var judgementWords = query.Asks == AskedFor.Judgement ? JudgementWords : [];
        var askedWord = query.AskedNoun;

        var first = QuestionClauses.First(query.Question);
        var hostingVerb = query.Asks == AskedFor.Where ? QuestionKindReader.HostingVerb(query.Question) : null;
        var asksForDeadline = query.Asks == AskedFor.When && QuestionKindReader.AsksForDeadline(query.Question);
        var asksForDay = query.Asks == AskedFor.When && QuestionClauses.AsksForDay(first);
        var money = query.Asks == AskedFor.HowMany && askedWord is "much" or "money" ? QuestionClauses.MoneyDeedAsked(first) : null;
        var postponed = PushedBack().Match(first);
        var ignored = WordsNotToFind(query, first, hostingVerb, asksForDeadline, asksForDay, money, postponed);

        var names = new List<QueryTerm>();
        var focus = new List<QueryTerm>(postponed.Success ? [matcher.Term("postponed", isName: false)] : []);
        var inferred = new List<QueryTerm>();
        foreach (var word in query.Terms)
        {
            if (judgementWords.Contains(word) || ignored.Contains(word))
            {
                continue;
            }

            var shownAsName = questionNames.Contains(word) || subjectWords.Contains(word);
            var isName = shownAsName || WrittenAsName(word, passages);
            var term = matcher.Term(word, isName);
            (isName ? names : focus).Add(term);
            if (isName && !shownAsName)
            {
                inferred.Add(term);
            }
        }

        var relation = query.Asks == AskedFor.Who ? QuestionClauses.WhoRelation(first) : null;
        var timeBetween = query.Asks == AskedFor.HowMany && QuestionClauses.AsksForTimeBetween(first);
        var facts = new FactContext(
            names,
            askedWord,
            askedWord is null ? null : matcher.StemOf(askedWord),
            query.Subject,
            query.Subject is null ? [] : aliases.Expand(query.Subject),
            query.Asks == AskedFor.Who && FirstClauseWins(query.Question, relation),
            matcher,
            AsksForPeople: query.Asks == AskedFor.Who && askedWord is not null,
            AsksForAmount: query.Asks == AskedFor.HowMany && askedWord is not null && QuestionKindReader.AsksForAmountOf(query.Question),
            Relation: relation,
            Speaker: query.Asks == AskedFor.Open && QuestionClauses.Speaker(first) is { } speaker
                ? [.. speaker.Select(w => matcher.Term(w, isName: char.IsUpper(w[0])))]
                : null,
            QuestionWords: focus.Select(f => f.Stem).ToHashSet(StringComparer.Ordinal),
            AsksIfStill: StillAsked().IsMatch(query.Question),
            MatchSides: query.Asks == AskedFor.HowMany
                ? [.. QuestionClauses.MatchSides(first).Select(side => side.Select(w => matcher.Term(w, isName: true)).ToList())]
                : null,
            AsksForTimeToCome: query.Asks == AskedFor.When && QuestionClauses.AsksForTimeToCome(first),
            AsksForTimeBetween: timeBetween,
            AsksHowLongItLasts: query.Asks == AskedFor.HowMany && askedWord is "long" && QuestionClauses.RelatesToNoOtherTime(first),
            AskedEvent: timeBetween ? AskedEventTerms(first, names, focus) : null,
            DoneTo: query.Asks == AskedFor.Who ? [.. QuestionClauses.DeedDoneTo(first).Select(w => matcher.Term(w, isName: true))] : null,
            AsksForTheDoer: query.Asks == AskedFor.Who && QuestionClauses.AsksWhoDid(first),
            AsksForDeadline: asksForDeadline,
            AsksForDay: asksForDay,
            AsksForTimeOfDay: query.Asks == AskedFor.When && QuestionClauses.AsksForTimeOfDay(first),
            AsksWhoVotedAgainst: query.Asks == AskedFor.Who && QuestionClauses.AsksWhoVotedAgainst(first),
            Money: money,
            AsksForClub: query.Asks == AskedFor.Who && QuestionKindReader.AsksWhichClub(query.Question),
            AsksForAMargin: QuestionClauses.AsksForAMargin(query.Question),
            HeadedBody: query.Asks == AskedFor.Who ? QuestionClauses.HeadedBody(first) : null,
            AsksNameOfAThing: query.Asks == AskedFor.Who && QuestionKindReader.NamedRole(first) is { } named && FactSpotter.IsThingNoun(named),
            ThingDescribed: query.Asks == AskedFor.Who ? FactSpotter.ThingDescribed(first) : null,
            CountedByDeed: query.Asks == AskedFor.HowMany && QuestionClauses.DeedDoneToCounted(first) is { } doneTo
                ? matcher.StemOf(doneTo)
                : null,
            AsksWhomReplaced: query.Asks == AskedFor.Who && QuestionClauses.AsksWhomReplaced(first),
            CountedSide: query.Asks == AskedFor.HowMany && askedWord is not null ? FactSpotter.SideOfTheCounted(first, askedWord) : null,
            HostedEvent: hostingVerb is not null ? [.. names.Where(n => !AskedYears.IsYear(n.Word)), .. focus] : null,
            Decider: query.Asks == AskedFor.Open && QuestionClauses.Decider(first) is { } decider
                ? [.. decider.Select(w => matcher.Term(w, isName: true))]
                : askedWord is "tally" && QuestionClauses.Voter(first) is { } voter ? [matcher.Term(voter, isName: false)]
                : null);
        // A how-many question's counted noun, like a who-question's deed, does not alone put a sentence on the matter.
        // In a question that names nothing, neither does the score or the vote it asks for, nor its deed of money: "the NFF
        // will pay half of the cost" says nothing of how much the ball kids get paid per shift, and the clubs' vote on a
        // deal nothing of how the board voted on the schedule. A question that names
        // the sides ("What was the score when Zembla played Ostland?") is on its matter by its names.
        var deed = query.Asks != AskedFor.HowMany ? facts.Relation
            : QuestionKindReader.CountsANoun(query.Question) ? askedWord
            : names.Count > 0 ? null
            : askedWord is "score" or "scoreline" or "result" ? askedWord
            : askedWord is "tally" ? "vote"
            : facts.Money is { } asked ? focus.FirstOrDefault(f => asked.Said.Contains(f.Word, StringComparer.OrdinalIgnoreCase))?.Word
            : null;
        List<QueryTerm> eventBefore = QuestionClauses.AfterEvent(query.Question) is { Length: > 0 } after ? [.. focus.Where(t => QuestionClauses.Says(after, t.Word))] : [];
        return new QuestionReading(query, names, focus, facts)
        {
            NamesBySourcesOnly = inferred, FocusBesideTheDeed = BesideTheDeed(focus, deed), YesNoSubject = YesNoSubject(query),
            SanctionedAsked = query.Asks is AskedFor.YesNo or AskedFor.Who ? [] : QuestionClauses.SanctionedAsked(query.Question),
            HolderAsked = QuestionClauses.HolderOfAnothersRole(query.Question, query.Asks) is { } role ? matcher.Term(role, isName: false) : null,
            EventBefore = eventBefore,
            FocusSetByTheStory = [.. focus.Where(t => eventBefore.Contains(t)
                || (facts.AsksForAmount && QuestionClauses.DescribingTheNoun(first, askedWord).Contains(t.Word, StringComparer.OrdinalIgnoreCase)))],
        };
    }

    /// <summary>The focus without a who-question's deed or a how-many question's counted noun (<see cref="QuestionReading.FocusBesideTheDeed"/>); empty when it is not among it or is all of it.</summary>
    private List<QueryTerm> BesideTheDeed(List<QueryTerm> focus, string? relation)
    {
        if (relation is null)
        {
            return [];
        }

        var deed = matcher.StemOf(relation);
        var others = focus.Where(t => t.Stem != deed && !matcher.SameWord(deed, t.Stem)).ToList();
        return others.Count < focus.Count ? others : [];
    }

    /// <summary>
    /// A who-question asks for a winner when its own clause has the win verb ("Who won…?"); in "Which fencer was
    /// given a place, and what did she win?" the winning belongs to the second question, not to the person asked for.
    /// </summary>
    /// <param name="role">What the who-question asks the person to be or to have done (<see cref="FactContext.Relation"/>).</param>
    private bool FirstClauseWins(string question, string? role)
    {
        // "Who did Kharlan beat?" asks for the one beaten, whom the sentence names beside the winner; and the
        // "Champions" of "Champions League" is a name, not a win.
        var clause = QuestionClauses.First(question);
        if (QuestionClauses.AsksWhomTheyActedOn(clause))
        {
            return false;
        }

        // "Who was the Haas title sponsor?" asks for a sponsor: a win word right before the role asked for says which
        // role it is, and nobody's win.
        var win = matcher.StemOf("win");
        // "Who chaired the tribunal that threw out Mirovsky's election win?": a win owned by a name is what the deed
        // was done to, and asks for no winner.
        var words = QuestionClauses.Words(OwnedWin().Replace(clause, " ")).ToList();
        return words
            .Where((w, i) => (i == 0 || !char.IsUpper(w[0])) && !(i + 1 < words.Count && words[i + 1].Equals(role, StringComparison.OrdinalIgnoreCase))
                // "the ex-champion who went public", "a former champion": a title held before describes, and asks no win.
                && !(i > 0 && words[i - 1] is "ex" or "former" or "Ex" or "Former") && !w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)
                // "Who handed the cup to the winner?": the winner the deed is done to is another than the one asked for.
                && !(i > 0 && words[i - 1] is "the" or "a" or "its" or "their" && role is not null && !matcher.SameWord(matcher.StemOf(role), win)))
            .Any(w => matcher.SameWord(matcher.StemOf(w), win));
    }

    private bool WrittenAsName(string word, IReadOnlyList<RetrievedPassage> passages)
    {
        if (word.Length < 3 || char.IsDigit(word[0]))
        {
            return false;
        }

        var capitalised = 0;
        foreach (var passage in passages)
        {
            var body = passage.Article.Body;
            for (var at = body.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = body.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var wholeWord = (at == 0 || !char.IsLetterOrDigit(body[at - 1])) && (at + word.Length == body.Length || !char.IsLetter(body[at + word.Length]));
                if (!wholeWord)
                {
                    continue;
                }

                if (!char.IsUpper(body[at]))
                {
                    return false;
                }

                // A capital after a full stop says nothing; one mid-sentence marks a name.
                if (!FactSpotter.OpensSentence(body, at))
                {
                    capitalised++;
                }
            }
        }

        return capitalised > 0;
    }

    private static HashSet<string> WordsOf(string text) =>
        text.Split([' ', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet();

    private static readonly HashSet<string> JudgementWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "fair", "unfair", "right", "wrong", "justified", "unjustified", "just", "unjust", "hypocritical", "reasonable", "legitimate",
        "discriminatory", "deserved", "ok", "okay", "acceptable", "think", "opinion", "view", "good", "bad", "idea", "being",
    };


    [GeneratedRegex(@"\b(?:pushed|put)\s+(?:back|off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PushedBack();


    // "Do athletes get any more money?" asks for more, not whether something still holds; "…any more?" at the end does.
    [GeneratedRegex(@"\b(?:still|anymore|no longer)\b|\bany more\s*[?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex StillAsked();

    private static bool IsForeign(Article article) => !LanguageNames.IsEnglish(article.Language);

    /// <summary>What the rules read of a source's text: the text itself, or its English reading when the source is in another language with a glossary.</summary>
    private string ReadAs(Article article, string text) => readings.Read(article, text);

    [GeneratedRegex(@"\b[\p{L}-]+['’]s\s+(?:[\p{L}-]+\s+)?(?:win|wins|victory|victories|triumph)\b")]
    private static partial Regex OwnedWin();
}
