using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// Tells whether a sentence carries the kind of fact a question asks for: a date for "when", a number next to
/// the thing counted for "how many", a named person or body doing the asked thing for "who", a stated cause (or
/// the decider's own account: "Parsons said the situation had become untenable") for "why", a place for "where",
/// a definition for "what is", an attributed position for a judgement. Each is a named rule over the sentence's
/// own words, so an answer can say why it was (or was not) given.
/// </summary>
public static partial class FactSpotter
{
    /// <summary>Null when the sentence carries the fact, else why it does not.</summary>
    /// <param name="published">The date of the sentence's story: a time to come is later than it.</param>
    public static string? Missing(AskedFor asks, string sentence, FactContext context, DateOnly? published = null) => asks switch
    {
        AskedFor.Who or AskedFor.HowMany or AskedFor.When when NamesAnotherMedal(sentence, context) => "it names another medal than the one asked for",
        AskedFor.When when context.AsksForDay && !GivesDay(sentence) => "no day",
        AskedFor.When when context.AsksForTimeOfDay => TimeOfDay().IsMatch(sentence) ? null : "no time of day",
        AskedFor.When when context.AsksForTimeToCome => GivesTimeToCome(sentence, published, context) ? null : "no time to come",
        AskedFor.When when context.AsksForDeadline => DeadlineDate().IsMatch(sentence) ? null : "no date to act by",
        AskedFor.When => !HasDate(sentence, context) ? "no date" : DeniesTheDeed(sentence, context) ? "says it did not happen" : null,
        AskedFor.Where => HasPlace(sentence, context) ? null : "no place",
        AskedFor.HowMany when CountsAnotherSide(sentence, context) => $"it counts another side's {context.AskedWord}",
        AskedFor.HowMany => HasCount(sentence, context) ? null
            : context.AsksForTimeBetween ? "no date or length of time"
            : context.AskedWord is { } asked && MissingMeasure.TryGetValue(asked, out var measure) ? measure
            : context.AskedStem is null ? "no number"
            : context.AsksForAmount ? $"no amount of {context.AskedWord}" : $"no number of {context.AskedWord}",
        AskedFor.Why when EndsTheAskedDeed(sentence, context) => "it says why that ended, not why it began",
        AskedFor.Why when GivesTheDeedAsACause(sentence, context) => CauseOfAnother,
        AskedFor.Why => StatesACause(sentence) ? null : Explanation().Match(sentence) is not { Success: true } account ? "no reason given" : AnotherBodyExplains(sentence, account, context) ? AnotherBodysAccount : null,
        AskedFor.Who when context.AsksForClub && !NamesAClub(sentence, context) => "no club named",
        AskedFor.Who when context.AsksNameOfAThing && !NamesTheThing(sentence, context) => $"it does not name the {context.Relation}",
        AskedFor.Who => !context.SaysRelation(sentence) || (context.AsksWhoVotedAgainst && !FactContext.SaysVotedAgainst(sentence)) ? $"does not say who {context.Relation}"
            : KeptFromTheDeed(sentence, context) ? $"it says who was kept from doing it, not who {context.Relation}"
            : RoleOfAnother(sentence, context) ? $"the {context.Relation} it names is another body's"
            : RoleHeldByNobodyNamed(sentence, context) ? $"it names no one but whom the question names as the {context.Relation}"
            : DoneToAnother(sentence, context) ? $"it says who {context.Relation} somebody else"
            : DoneByNobodyNamed(sentence, context) ? $"it does not say who {context.Relation}: only what was {context.Relation}"
            : NamesOnlyAStandIn(sentence, context) ? "it names a stand-in, not the permanent holder"
            : NamesNoneOfTheOthers(sentence, context) ? "it names no one beside whom the question names"
            : HasActor(sentence, context) ? null : context.AsksForWinner ? "no one named as winning" : "no one named",
        AskedFor.WhatIs => Defines(sentence, context) ? null : $"does not say what {context.Subject} is",
        AskedFor.Judgement => IsAttributedPosition(sentence) ? null : "no attributed position",
        AskedFor.Open when context.AsksForWords => SpeaksHere(sentence, context) ? null : "does not give the one asked about speaking",
        _ => null,
    };

    /// <summary>Words between an age and the name it belongs to, at most ("the 31-year-old American basketball player Brittney Griner").</summary>
    private const int AgeNameDistance = 6;

    /// <summary>How far before a name its title may stand: "Her coach, Piet Varga", "federation president Anton Selic".</summary>
    private const int TitleWords = 3;

    public static bool HasDate(string sentence) => Date().IsMatch(sentence);

    /// <summary>
    /// A date beyond the year the question itself names: "When are the 2027 world championships?" is not answered by
    /// "moved the 2027 world championships to Porto Belo", which says only the year it was asked about.
    /// </summary>
    private static bool HasDate(string sentence, FactContext context) =>
        Date().Matches(sentence).Any(date => !IsAskedYear(date.Value, context));

    private static bool IsAskedYear(string text, FactContext context) =>
        text.Length == 4 && text.All(char.IsDigit) && context.IsQuestionName(text);

    /// <summary>A reporting verb or a quotation: somebody's position, not the outlet's.</summary>
    public static bool IsAttributedPosition(string sentence) => Reporting().IsMatch(sentence) || Quotation().IsMatch(sentence);

    /// <summary>
    /// Who holds a position: the names before its reporting verb ("Premier League" in "The Premier League said…"),
    /// not counting the sentence's first word, capitalised as any first word is. Empty when none are named.
    /// </summary>
    public static IReadOnlySet<string> Speaker(string sentence)
    {
        var verb = Reporting().Match(sentence);
        var before = verb.Success ? sentence[..verb.Index] : string.Empty;
        return WordWithPosition().Matches(before)
            .Where(w => w.Index > 0 && char.IsUpper(w.Value[0]))
            .Select(w => w.Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Told as news that has just happened: "has announced", "have voted", "has been banned".</summary>
    public static bool ReportsAsNews(string sentence) => News().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:has|have)\s+(?:been\s+|just\s+|now\s+)?\w+(?:ed|en|ne|wn|ld|lt|nt|ught|id|un|ot|ost)\b")]
    private static partial Regex News();

    /// <summary>
    /// The sentence says what the subject is, not only something it did: a spelled-out abbreviation, "is a…", "known
    /// as…", a description set beside the name ("Luis Rubiales, the former president of…") or before it ("Belarusian
    /// trampolinist Ivan Litvinovich"). A definition of this kind leads an answer before a clause about the subject
    /// ("Rubiales, who had been provisionally suspended…"), which <see cref="Defines"/> also accepts.
    /// </summary>
    public static bool Identifies(string sentence, FactContext context) => Defines(sentence, context, identityOnly: true);

    private static bool Defines(string sentence, FactContext context, bool identityOnly = false)
    {
        if (context.Subject is null)
        {
            return false;
        }

        var subject = Regex.Escape(context.Subject);
        // A story names a person in full once and by surname after: "Krall, the union's treasurer" says who Dieter Krall is.
        var surname = PersonNames(context.Subject).FirstOrDefault() == context.Subject ? [Regex.Escape(context.Subject.Split(' ')[^1])] : Array.Empty<string>();
        // "Port Alder's Harbour Oval" is what a story calls "the Harbour Oval in Port Alder".
        var owned = OwnedName().Match(context.Subject) is { Success: true } ownedName ? [Regex.Escape(ownedName.Groups["name"].Value)] : Array.Empty<string>();
        var forms = context.SubjectForms.Select(Regex.Escape).Prepend(subject).Concat(surname).Concat(owned).ToList();
        // "who is kharlan": a subject the asker wrote in lower case is the name the sources capitalise. One written with
        // capitals keeps them ("US" is not "us").
        var any = context.Subject.Any(char.IsUpper) ? string.Join('|', forms) : $"(?i:{string.Join('|', forms)})";
        var patterns = new[]
        {
            // "Individual Neutral Athletes (AIN)" / "AIN (Individual Neutral Athletes)"
            $@"(?:{any})\s*\((?:{any})\)",
            $@"\b(?:{any})\s*\([^)]*[A-Z][^)]*\)",
            $@"\b(?:{any})\b\s+(?:stands for|is short for|means|refers to|is an? |is the |are |was an? |was the |were )",
            $@"\bknown as (?:the )?(?:{any})\b",
            // "The Harbour Oval in Port Alder will instead become the Coastline Mutual Harbour Oval": its new name.
            $@"\b(?:{any})\b(?:\s+in\s+\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*)*)?\s+(?:will\s+(?:now\s+|instead\s+)?(?:become|be called|be known as|be renamed)|(?:has|have|was|were)\s+(?:been\s+)?renamed|is to be renamed)\s+(?:the\s+)?\p{{Lu}}",
            // "The venue will instead be called the Elise Rautner Track": the thing asked about, by the word for its kind,
            // and its new name.
            $@"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?i:{Regex.Escape(context.Subject.Split(' ')[^1])}|venue|ground|arena|stadium|track|hall|building|course|trophy|cup)\s+(?:will\s+(?:now\s+|instead\s+)?(?:become|be called|be known as|be renamed)|(?:is|was|has been)\s+(?:now\s+)?(?:called|renamed|known as))\s+(?:the\s+)?\p{{Lu}}",
            identityOnly ? $@"\b(?:{any}),\s+(?:an? |the |\d)" : $@"\b(?:{any}),\s+(?:(?:himself|herself|itself|themselves)\s+)?(?:an? |the |who |which |\d)",
            // "IOC President Thomas Bach": a title before the name says what its bearer is.
            $@"\b(?=\p{{Lu}})(?i:{Roles})\s+(?:{any})\b",
            $@"\b(?:{any})\s+[–—-]\s+",
            // "the team's captain, Ehsan Hajsafi, told…": a role set off before the name by commas says what he is.
            $@"\b(?:the|its|their|his|her)\s+(?:[\p{{L}}'’-]+\s+){{0,3}}?(?i:{Roles}),\s+(?:\p{{Lu}}[\p{{L}}'’-]+\s+){{0,2}}(?:{any}),",
        };
        // "Belarusian trampolinist Ivan Litvinovich": a describing word right before the name; a small word ("combined
        // with PIF's golf businesses") describes nothing, nor does a word of time or manner ("At first Rubiales fought…"),
        // nor a verb after "to" ("voted to fully suspend NPC Russia").
        var described = $@"(?<!\bto\s+(?:[a-z]+ly\s+)?)\b(?<word>[a-z][a-z-]{{3,}})\s+(?:[A-Z][\p{{L}}'-]+\s+)?(?:{any})\b";
        return patterns.Any(p => Regex.IsMatch(sentence, p, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)))
            || Regex.Matches(sentence, described, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)).Any(m => Describes(m.Groups["word"].Value));
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*['’]s\s+(?<name>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)$")]
    private static partial Regex OwnedName();

    /// <summary>Roles a person holds, which a story gives as a title before the name or sets off by commas before it.</summary>
    private const string Roles = "president|vice-president|chairman|chairwoman|chair|director|director-general|secretary-general|minister|chief executive|coach|captain|manager|owner|spokesman|spokeswoman|spokesperson|lawyer|agent|doctor|judge|commissioner|governor|founder|head|crown prince|king|emir|sheikh";

    /// <summary>
    /// A word before a name that describes its bearer ("trampolinist"), not a small word, one of time or manner ("At
    /// first", "finally") or a deed done to them ("beating Dieter Krall").
    /// </summary>
    private static bool Describes(string word) =>
        !StopWords.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal) && word is not ("first" or "later" or "earlier" or "once" or "last" or "next" or "meanwhile");

    /// <summary>Three or more names in a row, joined by commas and a last "and" ("CSKA Moscow, Zenit St Petersburg, Dynamo Moscow and FC Sochi").</summary>
    public static bool ListsNames(string sentence) => NameList().IsMatch(sentence);

    [GeneratedRegex(@"(?<![\p{L}])(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:,\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)+,?\s+and\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex NameList();

    /// <summary>A person's name: two or more capitalised words, none of them a body's, an event's, a place's, a club's or a calendar word ("Anna Berg", not "World Aquatics" or "Lake Ormen").</summary>
    public static IEnumerable<string> PersonNames(string text) =>
        PersonName().Matches(text).Select(m => m.Value).Where(name => !name.Split(' ').Any(w => BodyWord().IsMatch(w)));

    /// <summary>The last word of each person's name in the text ("Kharlan" of "Olga Kharlan"), which a story uses alone once it has named them.</summary>
    public static IEnumerable<string> Surnames(string text) => PersonNames(text).Select(name => name.Split(' ')[^1]);

    /// <summary>
    /// The last word of the name <paramref name="word"/> is part of ("Kharlan" for "Olga" in "Ukrainian fencer Olga
    /// Kharlan"), without a possessive: what a story calls a person once it has named them. Null when the text does
    /// not say the word capitalised.
    /// </summary>
    public static string? SurnameAround(string text, string word) =>
        Regex.Match(text, $@"(?<![\p{{L}}])(?:\p{{Lu}}[\p{{L}}'’-]*\s+)*{Regex.Escape(word)}(?:\s+\p{{Lu}}[\p{{L}}'’-]*)*") is { Success: true } name
            ? PossessiveEnd().Replace(name.Value.Split(' ')[^1], string.Empty)
            : null;

    [GeneratedRegex(@"['’]s?$")]
    private static partial Regex PossessiveEnd();

    /// <summary>A name of several words one of which is a body's or an event's ("World Fencing Championships", "Lawn Tennis Association").</summary>
    public static bool NamesABodyOrEvent(string name)
    {
        // A capitalised small word ("The", "In") or a month beside a name is not part of what names a body.
        var words = name.Split(' ');
        return words.Length > 1 && words.Any(w => BodyWord().IsMatch(w) && !IsCalendarWord(w) && w is not ("The" or "A" or "An" or "In" or "On" or "At" or "Its" or "His" or "Her" or "Their"));
    }

    public static bool IsCalendarWord(string word) => Calendar().IsMatch(word);

    /// <summary>The word at <paramref name="index"/> opens a sentence (or the text): its capital says nothing of a name.</summary>
    public static bool OpensSentence(string text, int index)
    {
        var at = index - 1;
        while (at >= 0 && char.IsWhiteSpace(text[at]))
        {
            at--;
        }

        // A quotation that closes on a comma goes on with who said it: "…someone else's map," WCC president Castaign said.
        return at < 0 || text[at] is '.' or '!' or '?' or '“' || (text[at] == '"' && !(at > 0 && text[at - 1] == ','));
    }

    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
        + "|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
        + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре";

    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    [GeneratedRegex(@"\b(?:" + Months + @")\b|\b(?:1[89]|20)\d{2}\b|\b(?:" + Weekdays + @")\b|\b(?:yesterday|today|tonight|this (?:week|month|year)|last (?:week|month|year)|earlier this (?:week|month|year)|next (?:week|month|year))\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"^(?:" + Months + "|" + Weekdays + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex Calendar();

    [GeneratedRegex(@"\b(?:a|one|the following|the next|the same|a single) (?:day|week|fortnight|month|year|season|decade)\b|\b(?:a|one) (?:day|week|month|year) (?:later|earlier|before|after)\b|\bovernight\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    /// <summary>
    /// A length one thing lasted ("a year", "one season"), not a day one event followed another ("announced the
    /// following day", "a day later"), which only a question about the time between two events asks for.
    /// </summary>
    [GeneratedRegex(@"\b(?:a|one|a single) (?:day|week|fortnight|month|year|season|decade)\b(?! (?:later|earlier|before|after)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LengthLasted();

    private const string TimeUnits = "decades?|years?|months?|fortnights?|weeks?|days?|hours?|minutes?|seconds?|seasons?";

    [GeneratedRegex(@"^(?:" + TimeUnits + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeUnit();

    // A length of time that no number counts: "several years", "from 4 to 20 February", "from 2024 to 2027", "until
    // late 2026", "until 2026", "expires in March 2026", "ends on 30 June", "for life"; and what has held since a date
    // ("has led the union since 2010"), which has lasted from then.
    [GeneratedRegex(@"\b(?:several|a few|many) (?:years|months|weeks|days|seasons)\b|\bfrom \d{1,2}(?: \w+)? to \d{1,2} \w+|\bfrom (?:19|20)\d{2} (?:to|until) (?:19|20)\d{2}\b|\b(?:until|till) (?:\d{1,2} )?(?:" + Months + @"|late|early|the end of|(?:19|20)\d{2}\b)|\b(?:ends?|ended|expires?|expired|runs? out|ran out|lapses?|lapsed) (?:on |in |at )?(?:the end of )?(?:\d{1,2} )?(?:" + Months + @"|(?:19|20)\d{2}\b)|\bfor life\b|\blifetime\b|\bindefinitely\b|\buntil further notice\b|\b(?:has|have|had)\b[^.;]{0,60}?\bsince (?:(?:\d{1,2} )?(?:" + Months + @")(?: (?:19|20)\d{2})?|(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    // "aged 31", "at the age of 31", "a 31-year-old", "31 years old", "Özil, 29, said", "Valieva, then 15, helped".
    [GeneratedRegex(@"\baged \d{1,3}\b|\bat the age of \d{1,3}\b|\b\d{1,3}-year-old\b|\b\d{1,3} years? old\b|\p{Lu}[\p{L}'’-]+, (?:then |now )?\d{1,3},")]
    private static partial Regex Age();

    [GeneratedRegex(@"[\p{L}\p{N}%€$£]+(?:[-'’.,][\p{L}\p{N}]+)*")]
    private static partial Regex WordWithPosition();

    [GeneratedRegex(@"^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|single|double|half|both)(?:-[a-z]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"\b(?:said|says|say|called|calls|described|describes|criticised|criticized|condemned|welcomed|argued|argues|accused|praised|insisted|warned|told|stated|claimed|complained|demanded|urged|slammed|hailed|labelled|labeled|denounced|defended|protested|objected|rejected|dismissed|denied|disputed|responded|replied|countered|according to|in a statement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reporting();

    // A decision's reason is often the decider's own account: "Parsons said the situation had become untenable".
    [GeneratedRegex(@"\b(?:said|says|saying|explained|explains|explaining|argued|argues|arguing|insisted|insisting|stated)\b(?! on\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Explanation();

    [GeneratedRegex(@"[""“”«»]")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)+")]
    private static partial Regex PersonName();

    /// <summary>Words that end an event's name ("World Fencing Championships", "Australian Open", "Russian Grand Prix").</summary>
    private const string EventWords = "Championships?|Games|Cup|Open|Olympics|Paralympics|Prix";

    /// <summary>A place's or a club's word: "Lake Ormen", "Port Selden" and "Ostby United" are no person's name.</summary>
    private const string PlaceOrClubWords = "Lake|River|Mount|Bay|Island|Islands|Sea|Ocean|Gulf|Port|Cape|Street|Road|Square|Stadium|Arena|Park|Harbour|Valley|City|Town|County|Province|Region|Airport|Hospital|Clinic|School|University|College|Prison|Station|Hotel|Institute|United|Rovers|Athletic|Wanderers|Albion|Reserves";

    [GeneratedRegex(@"^(?:" + EventWords + @"|Committee|Federation|Olympic|Paralympic|International|National|Council|Court|Union|Association|League|Club|Board|Agency|Ministry|Republic|Sport|Sports|Arbitration|Executive|Assembly|World|Winter|Summer|Tour|Grand|Athletes|Neutral|Individual|Individuals|Team|Lawn|Tennis|Football|Hockey|Ice|Athletics|Fencing|Anti-Doping|Doping|" + PlaceOrClubWords + @"|The|A|An|In|On|At|Its|His|Her|Their|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")]
    private static partial Regex BodyWord();
}
