using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>
/// Reads what a question asks for from its wording, first rule that matches wins. Only the last sentence counts:
/// in "Can Russians play Wimbledon? Since when?" the follow-up decides.
/// </summary>
public static partial class QuestionKindReader
{
    /// <summary>The kind, the subject of a what-is question, and the noun a how-many question counts ("medals" in "How many medals…") or a which-people question names ("officials").</summary>
    public static (AskedFor Kind, string? Subject, string? AskedNoun) Read(string question)
    {
        var last = WithoutOpener(LastSentence(question).Replace('’', '\'')).TrimEnd('?', '!', '.', ' ');
        var lower = last.ToLowerInvariant();

        // "What was the name of the judge…" asks for a name: which judge, a person's.
        if (NameOf().Match(lower) is { Success: true } nameOf)
        {
            return (AskedFor.Who, null, WhichPeople().Match("which " + lower[nameOf.Length..]) is { Success: true } people ? people.Groups["noun"].Value : null);
        }

        if (Judgement().IsMatch(lower) && !RightNow().IsMatch(lower))
        {
            return (AskedFor.Judgement, null, null);
        }

        // "What was her world ranking", "What was Djokovic seeded": a place in an order; "What was the fine", "What is
        // their asking price for letting her switch?": an amount, not what a fine is ("What was the fine for?" asks why);
        // "What testosterone limit do the rules set": a limit, threshold, cap or quota is a number, not what the rules are.
        // "What happened to Wimbledon's ranking points?" asks what was done to them, and ranking points are points, not a rank.
        // "What share of the vote did he win": a part of a whole, which a share answers ("54 per cent of the vote").
        // "Where is Norland in its group?", "Where did they finish in the table?": a place in the standings, not on a map.
        if (RankOrAmount().Match(lower) is { Success: true } rankOrAmount)
        {
            return (AskedFor.HowMany, null, rankOrAmount.Groups["rank"].Success ? "rank" : rankOrAmount.Groups["limit"].Success ? "limit"
                : rankOrAmount.Groups["amount"].Value is "share" ? "share" : "much");
        }

        // "What was the vote count on the amended law?", "what was the vote in parliament?", "How did the clubs vote on
        // the deal?": a tally, which a sentence saying only that the law was passed or the deal approved does not give.
        if (VoteTally().IsMatch(lower))
        {
            return (AskedFor.HowMany, null, "tally");
        }

        // "What does AIN stand for?", and "What is FINA called now?" or "What is the Harbour Oval going to be called?",
        // which a sentence naming it answers ("World Aquatics, known as FINA until December 2022").
        if (StandFor().Match(last) is { Success: true } standFor)
        {
            return (AskedFor.WhatIs, standFor.Groups["x"].Value, null);
        }

        if (JobAsked(last) is { } person)
        {
            return (AskedFor.WhatIs, person, null);
        }

        if (WhatIs().Match(last) is { Success: true } whatIs && IsShortNounPhrase(whatIs.Groups["x"].Value, whatIs.Groups["who"].Success)
            && (!whatIs.Groups["clause"].Success || IsName(whatIs.Groups["x"].Value)))
        {
            return (AskedFor.WhatIs, whatIs.Groups["x"].Value, null);
        }

        // "How did Denmark get on at the World Cup?" asks how it ended for them: a result, not anything about them.
        // "Where did Haddi finish in the 100 metres butterfly?" asks for her place in the order, not on the map.
        // A race or a route finishes at a place, though: "Where does the Dornholm Marathon finish now?"
        if (HowDidTheyDo().IsMatch(lower) || (WhereFinished().Match(lower) is { Success: true } finished && !RouteWord().IsMatch(finished.Groups["who"].Value)))
        {
            return (AskedFor.HowMany, null, "result");
        }

        // "How far inside the zone was the yacht?": a distance, which a length of time or any other number does not give;
        // "How long is one lap of the street circuit?", the length of a course, which a distance run inside it is not. "How far did the hosts get?" asks how far they went in a
        // tournament, and "How long was the programme?" for a length of time.
        // "How far over budget were the Games?" asks for a sum beyond the budget, not a distance.
        if (BeyondABudget().IsMatch(lower))
        {
            return (AskedFor.HowMany, null, "much");
        }

        // "How far ahead of an event must hosts guarantee entry?" asks how long before it: a length of time.
        if (FarAhead().IsMatch(lower))
        {
            return (AskedFor.HowMany, null, "long");
        }

        if (Distance().Match(lower) is { Success: true } distance)
        {
            return (AskedFor.HowMany, null, distance.Groups["course"].Success ? "course length" : "distance");
        }

        // "What time did Ridel run?", "What was her winning time?", "What was Lina Ocho's time?": a race time is a length
        // of time, not a clock time, and one the clock gave, not how long a ban ran.
        if (RaceTime().IsMatch(lower))
        {
            return (AskedFor.HowMany, null, "race time");
        }

        // "What concentration of drostanolone was found?", "How high was the concentration?": a substance's
        // concentration, which a number per volume gives, not the length of the ban the story goes on to.
        if (Concentration().IsMatch(lower))
        {
            return (AskedFor.HowMany, null, "concentration");
        }

        // "How much is Harwick's transfer budget?", "How much were the unpaid fees?", "How big was the grant that got
        // scrapped?": an amount of the thing named, which a sentence must say the amount is of; another amount in the
        // story ("will pay 90 million") is not it.
        // A verb is no thing named: "How much was the club told to pay?", "How much is the government spending?" ask for
        // an amount, of nothing they name; but "How much was the club fined?" asks for the amount of a fine.
        // "How much of a transfer fee did they pay?" asks for the amount of a fee, as "How big a fee…" does.
        if ((AmountOfThe().Match(lower) is { Success: true } amountOfThe ? amountOfThe : AmountOfA().Match(lower)) is { Success: true } amount)
        {
            return (AskedFor.HowMany, null, amount.Groups["head"].Value);
        }

        // "Who decides how much each player gets?" asks for a person: the amount is what they decide, not what is asked.
        // "Who won, and with how many votes?" asks for both, the count in a clause of its own.
        if (HowMany().Match(lower) is { Success: true } howMany && !(WhoOpens().IsMatch(lower) && !ClauseBreak().IsMatch(lower[..howMany.Index])))
        {
            // "How long", "How much time" and "How much notice" ask for a length of time, which its own rule checks.
            return howMany.Groups["noun"].Value is "long" || howMany.Value.StartsWith("how much time", StringComparison.Ordinal) || NoticeAsked(lower) is not null
                ? (AskedFor.HowMany, null, "long")
                : (AskedFor.HowMany, null, howMany.Groups["noun"].Success ? CountedNoun(lower, howMany.Groups["noun"]) : null);
        }

        return lower switch
        {
            _ when When().IsMatch(lower) => (AskedFor.When, null, null),
            _ when CountryAsActor().IsMatch(lower) => (AskedFor.Who, null, null),
            _ when Where().IsMatch(lower) => (AskedFor.Where, null, null),
            _ when Why().IsMatch(lower) => (AskedFor.Why, null, null),
            _ when WhichOneWon().IsMatch(lower) => (AskedFor.Who, null, null),
            _ when PeopleWordInAName().IsMatch(last) || ModalAfterWhat().IsMatch(lower) => (AskedFor.Open, null, null),
            _ when WhichPeople().Match(lower) is { Success: true } people => (AskedFor.Who, null, people.Groups["noun"].Value),
            _ when Who().IsMatch(lower) => (AskedFor.Who, null, null),
            _ when YesNo().IsMatch(lower) => (AskedFor.YesNo, null, null),
            _ => (AskedFor.Open, null, null),
        };
    }

    /// <summary>"Which club is Sarkany at now?", "what club side was he turning out for": one club, asked for by its name.</summary>
    public static bool AsksWhichClub(string question) => WhichClub().IsMatch(WithoutOpener(LastSentence(question).Replace('’', '\'')).ToLowerInvariant());

    [GeneratedRegex(@"^(?:which|what)\s+(?:[a-z-]+\s+)?club\b(?!s)")]
    private static partial Regex WhichClub();

    /// <summary>"Which Russian clubs…", "What countries…": a question whose answer is several named people or bodies.</summary>
    public static bool AsksForSeveral(string question) => WhichSeveral().IsMatch(WithoutOpener(question).ToLowerInvariant());

    /// <summary>
    /// The sentence without the words that open it without asking anything ("So", "And", "Then:", "OK,"), and
    /// without a request to be told ("Tell me why…", "Can you explain how…", "Do you know who…"): what follows is
    /// the question.
    /// </summary>
    public static string WithoutOpener(string sentence) => Request().Replace(Opener().Replace(sentence.Trim(), string.Empty), string.Empty);

    private static string LastSentence(string question)
    {
        var parts = SentenceEnd().Split(question.Trim()).Where(p => p.Trim().Length > 0).ToList();
        // "Can Russians play? And Belarusians?": a follow-up with no question word of its own keeps the kind of the one before.
        for (var i = parts.Count - 1; i > 0; i--)
        {
            if (QuestionWord().IsMatch(WithoutOpener(parts[i])))
            {
                return parts[i];
            }
        }

        return parts.Count == 0 ? question : parts[0];
    }

    /// <summary>"What is an AIN" and "Who is Litvinovich" ask for a definition; "What is the IOC's position on Russia" does not.</summary>
    private static bool IsShortNounPhrase(string phrase, bool asksWho)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || phrase.Contains('\'') || NotANounPhrase().IsMatch(phrase.ToLowerInvariant()))
        {
            return false;
        }

        // "Who is allowed", "who is in charge": a who-question about a role, not a person to describe; so is "Who is
        // the IOC president", a body's name and then its role.
        var bodyAndRole = words.Length == 2 && char.IsUpper(words[0][0]) && char.IsLower(words[1][0]);
        return !asksWho || IsName(phrase)
            || (words.Length <= 2 && !bodyAndRole && !StopWords.Contains(words[0]) && !words[0].EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>"PIF", "Public Investment Fund": what a clause after it can only pick out, not "the decision that CAS made".</summary>
    private static bool IsName(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));

    [GeneratedRegex(@"(?<=[?.!])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:(?:and|but|so|then|also|ok|okay|well|anyway|btw|hey|hi)[\s,:]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    [GeneratedRegex(@"^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:tell\s+me|explain(?:\s+to\s+me)?|let\s+me\s+know|remind\s+me|do\s+you\s+know|any\s+idea|i\s+wonder|i'?m\s+wondering|i\s+(?:want|would\s+like)\s+to\s+know|i'd\s+like\s+to\s+know)[\s,:]+(?=(?:why|how|what|who|whom|whose|which|when|where)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"^(who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|since|until)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"^(?:(?:is|was|are|were)\b.*\b(fair|unfair|right|wrong|justified|unjustified|just|unjust|hypocritical|reasonable|legitimate|discriminatory|deserved|ok|okay|acceptable)\b|should\b|(?:do|does) (?:you|anyone|people) think\b)|\b(your (?:view|opinion)|what do (?:you|people|fans) think|good idea|bad idea|fair to|fair on|unfair to|right to ban|wrong to ban)\b")]
    private static partial Regex Judgement();

    [GeneratedRegex(@"\bright (?:now|away|today)\b")]
    private static partial Regex RightNow();

    [GeneratedRegex(@"^what (?:does|do|did) (?:the (?:abbreviation|acronym|term|word)\s+)?(?<x>.+?) (?:stand for|mean|refer to)$|^(?:define|meaning of|what is meant by)\s+(?<x>.+)$|^what (?:is|are) (?:the )?(?<x>.+?) (?:going to be|to be) (?:called|named|known as)(?: now| from now on)?$|^what (?:will|would) (?:the )?(?<x>.+?) be (?:called|named|known as)(?: now| from now on)?$|^what (?:is|are|was|were) (?:the )?(?<x>.+?) (?:called|named|known as)(?: now| today| these days| nowadays)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StandFor();

    // "What exactly is the PIF that bought Newcastle": a word that only stresses the question, and a clause that
    // says which one is meant, are not part of the subject to define.
    [GeneratedRegex(@"^(?:(?<who>who)|what)(?:\s+(?:exactly|actually|really|precisely))?(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:a |an |the )?(?<x>[^,;:]+?)(?<clause>\s+(?:that|which|who)\s+[^,;:]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"\b(?:of|on|in|for|to|with|about|after|before|from|by|against|between|during|over)\b|\b(?:happening|happened|going|allowed|banned|doing|done|decided)\b")]
    private static partial Regex NotANounPhrase();

    // "How much extra did the village cost": a comparative after "much" is no noun counted; the question asks an amount.
    [GeneratedRegex(@"\bhow much (?<noun>long)er\b|\bhow (?<noun>much)(?=\s+(?:(?:more|extra|less)\s+)?(?:of|did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|it|he|she|they|we|you|i|this|that)\b)|\bhow (?:many|much)\s+(?:of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?)?(?:(?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|may|might|must|it|he|she|they|we|you|i|this|that|them|him|her)\b)(?<noun>[a-z]+))?|\bhow (?<noun>old)\b|\bhow (?<noun>long)\b|\bhow often\b|\b(?:what|which) (?:number|percentage|share|proportion)\b|\b(?:what|which) (?:(?:is|was|were) (?:the |[a-z-]+'s ))?(?:final )?(?<noun>score|scoreline|result)\b|\bwhat (?:is|was|were) the (?:number|percentage|tally|total)\b|\bby how much\b")]
    private static partial Regex HowMany();

    /// <summary>
    /// "Which country won…", "Which nations have boycotted…", "Which country will withdraw…": the country is who did
    /// it, not where it happened ("Which country hosted…", "Which country has hosted…" are where).
    /// </summary>
    [GeneratedRegex(@"^(?:which|what)\s+(?:countr(?:y|ies)|nations?)\s+(?:(?:has|have|had|will|would)\s+(?:not\s+|also\s+|already\s+)?)?(?!(?:been|be)\b)(?!(?:is|was|are|were|did|does|do|will|would|has|have|had|can|could|should|host|hosts|hosted|hosting|held|holds|staged|stages)\b)[a-z]+\b")]
    private static partial Regex CountryAsActor();

    // "What are the current dates of the regatta?" asks when it is sailed.
    [GeneratedRegex(@"^(?:when|since when|until when|till when|by when|how long ago)\b|\b(?:what|which) (?:date|day|year|month|time|season|deadline)\b|\bsince when\b|^what(?:'s| is| are| was| were| will be) the (?:exact |precise |specific |current |new |latest |revised )?(?:dates?|days?)\b|\b(?:what|which) (?:exact|precise|specific) (?:date|day)\b")]
    private static partial Regex When();

    [GeneratedRegex(@"^what\s+(?:did|does|do|has|have|had|will|would)\s+(?<doer>(?:[\p{L}\p{N}'’.-]+\s+){1,6}?)(?<verb>decide|decided|rule|ruled|do|done|conclude|concluded|determine|determined)\s*(?:\?|$|(?:about|on|over|regarding|in|with|after|when|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GenericDeedAsked();

    /// <summary>
    /// "What did Athlete Voice say…": the word for people after the verb is written as part of a name, so the question
    /// asks what that body said or did, not which athlete.
    /// </summary>
    [GeneratedRegex(@"^(?:[Ww]hat|[Ww]hich)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'-]*\s+){0,2}?(?:Person|People|Athletes?|Players?|Officials?|Coach|Ministers?|Fencers?|Skaters?|Teams?|Clubs?|Countries|Nations?|Federations?|Bod(?:y|ies)|Organi[sz]ations?|Compan(?:y|ies)|Sponsors?|Drivers?|Judges?)\b")]
    private static partial Regex PeopleWordInAName();

    /// <summary>"What can fencers do instead of a handshake?", "What must athletes sign?": what the people may or must do, not which people.</summary>
    [GeneratedRegex(@"^(?:what|which)\s+(?:can|could|should|must|may|might|will|would|shall)\s+(?!(?:be|have)\b)")]
    private static partial Regex ModalAfterWhat();

    /// <summary>The kinds of place a which-question may ask for.</summary>
    private const string PlaceKinds = "city|cities|country|countries|venue|venues|stadium|place|arena|town|location";

    [GeneratedRegex(@"\b(?:what|which) (?<kind>" + PlaceKinds + @")\b")]
    private static partial Regex PlaceKindAsked();

    /// <summary>"Where…", "Which city…", and "Who will host…": a host is a place, named before its verb or after "in".</summary>
    [GeneratedRegex(@"^where\b|\b(?:what|which) (?:" + PlaceKinds + @"|host city)\b|^who\s+(?:will\s+|is\s+|are\s+|was\s+|were\s+)?(?:co-)?(?:host|hosts|hosted|hosting|stage|stages|staged|staging)\b")]
    private static partial Regex Where();

    [GeneratedRegex(@"^(?:why|how come)\b|\b(?:what|which) (?:was|were|is|are) (?:the|their|its|his|her) (?:reasons?|grounds?|cause|excuses?|justifications?|explanations?)\b|^what (?:reasons?|excuses?|justifications?|explanations?|grounds) (?:did|does|do|has|have|had|was|were|is|are|will|would)\b|\bfor what reason\b|\bon what grounds\b|\bwhat (?:led to|caused|prompted)\b|\bthe reason (?:for|why)\b")]
    private static partial Regex Why();

    [GeneratedRegex(@"^(?:who|whom|whose)\b|^(?:which|what)\s+(?:[a-z-]+\s+){0,2}?(?:person|people|athletes?|players?|officials?|president|coach|ministers?|fencers?|skaters?|teams?|clubs?|countries|nations?|federations?|bod(?:y|ies)|organi[sz]ations?|compan(?:y|ies)|sponsors?|drivers?|judges?|court)\b")]
    private static partial Regex Who();

    [GeneratedRegex(@"^(?:who|whom)\b")]
    private static partial Regex WhoOpens();

    /// <summary>
    /// "Which pair won the women's title?", "What crew clinched gold?": whatever the noun, the one that won is asked for,
    /// a winner a sentence names with its win; one about the pair's fine does not say who won. "What did Varga win?"
    /// asks what she won, not who.
    /// </summary>
    [GeneratedRegex(@"^(?:which|what)\s+(?:(?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should|might|may|must)\b)[a-z-]+\s+){1,2}?(?:(?:has|have|had)\s+)?(?:won|wins|win|beat|beats|defeated|claimed|clinched|captured|retained)\b")]
    private static partial Regex WhichOneWon();

    [GeneratedRegex(@"[,;:–-]|\b(?:and|or|plus|also)\b")]
    private static partial Regex ClauseBreak();

    /// <summary>"Which officials…", "what athletes…": a who-question whose answer is people, by name.</summary>
    [GeneratedRegex(@"^(?:which|what)\s+(?:[a-z-]+\s+){0,2}?(?<noun>person|people|athletes?|players?|officials?|presidents?|coach(?:es)?|ministers?|fencers?|skaters?|drivers?|judges?|leaders?|gymnasts?|swimmers?|footballers?|cricketers?|cyclists?|boxers?|runners?|sprinters?|wrestlers?|judokas?|skiers?|rowers?|golfers?|referees?|umpires?|managers?|captains?|doctors?|lawyers?|trainers?|sportsm[ae]n|sportswom[ae]n|sportspeople)\b")]
    private static partial Regex WhichPeople();

    [GeneratedRegex(@"^(?:which|what)\s+(?:[a-z-]+\s+){0,2}?(?:people|athletes|players|officials|ministers|fencers|skaters|teams|clubs|countries|nations|federations|bodies|organi[sz]ations|companies|sponsors|drivers|judges|governments|leaders|gymnasts|swimmers|associations|unions|brands|firms|footballers|cricketers|cyclists|boxers|runners|sprinters|wrestlers|judokas|skiers|rowers|golfers|referees|managers|captains|sportsmen|sportswomen|sportspeople)\b")]
    private static partial Regex WhichSeveral();

    [GeneratedRegex(@"^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|may|might|must|shall|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|won't|hasn't|haven't)\b")]
    private static partial Regex YesNo();
}
