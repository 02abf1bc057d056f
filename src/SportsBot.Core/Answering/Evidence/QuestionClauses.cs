using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// A message may ask two things at once ("Which fencer was guaranteed a place, and what did she win?"): what the
/// first question asks for is read from its own clause.
/// </summary>
public static partial class QuestionClauses
{
    /// <summary>The text up to where a second question starts (", and what…", "; when…", "? Since when…").</summary>
    public static string First(string question) => SecondQuestion().Split(question.Trim(), 2)[0];

    /// <summary>The first question of a message that asks two; null when it asks one.</summary>
    public static string? FirstOfTwo(string question) => First(question) is var first && first.Length < question.Trim().Length ? first : null;

    /// <summary>
    /// The question a message asks after its first ("…, and what did she win in Paris?", "…; when did each decide?"),
    /// or null when it asks one. A statement after a question ("Is it fair? I doubt it.") is not a second question.
    /// </summary>
    public static string? Second(string question)
    {
        var parts = SecondQuestion().Split(question.Trim(), 2);
        if (parts.Length < 2 || parts[1].Trim() is not { Length: > 0 } rest || !Asks().IsMatch(rest))
        {
            return null;
        }

        return WithCountedNounOf(First(question), char.ToUpperInvariant(rest[0]) + rest[1..]);
    }

    /// <summary>
    /// "How many titles did he have when he was deported, and how many after his comeback?": a second how-many that
    /// names nothing to count counts what the first does.
    /// </summary>
    private static string WithCountedNounOf(string first, string second)
    {
        if (CountsNothingNamed().Match(second) is not { Success: true } howMany
            || QuestionKindReader.Read(first) is not (AskedFor.HowMany, _, { } counted)
            || !HowManyAsked().IsMatch(first))
        {
            return second;
        }

        return $"{second[..howMany.Length]} {counted}{second[howMany.Length..]}";
    }

    [GeneratedRegex(@"^how\s+many(?=\s*\?*$|\s+(?:after|before|since|in|at|on|by|during|until|now|then|today|later|altogether|overall|total)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CountsNothingNamed();

    [GeneratedRegex(@"\bhow\s+many\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowManyAsked();

    /// <summary>
    /// "What did she win?", "when did each decide?", "who chairs that fund?": the second question is about whom or
    /// what the first names.
    /// </summary>
    public static bool RefersBack(string clause) => ReferringWords.AnyIn(clause);

    /// <summary>
    /// "Since CAS overturned the suspension in February 2024, is the ROC back?": what a message takes as given before it
    /// asks, which the sources may not bear out. Null when it opens with a time ("Since 2022, …", "Since the invasion
    /// of Ukraine, …"), which has no verb of its own, or takes nothing as given.
    /// </summary>
    public static TakenAsGiven? Premise(string question)
    {
        if (PremiseOpening().Match(question.Trim()) is not { Success: true } opening || !PremiseVerb().IsMatch(opening.Groups["premise"].Value))
        {
            return null;
        }

        var premise = opening.Groups["premise"].Value;
        // "was deported" is stated by "deported", not by "was": the deed is the premise's first verb that is not an auxiliary.
        var deed = PremiseVerb().Matches(premise).Select(m => m.Value).FirstOrDefault(v => !Auxiliary().IsMatch(v));
        return new TakenAsGiven($"Is it true that {premise}?", $"On whether {premise}:", opening.Groups["rest"].Value, deed);
    }

    [GeneratedRegex(@"^(?:since|given that|now that|considering that|seeing that|seeing as)\s+(?<premise>(?!when\b|then\b|\d)[^,;?]{10,}),\s*(?<rest>\S[^?]*\?)", RegexOptions.IgnoreCase)]
    private static partial Regex PremiseOpening();

    /// <summary>A verb that states something happened or holds ("overturned", "won", "is"), which a time ("the invasion of Ukraine") has not.</summary>
    [GeneratedRegex(@"\b(?:\p{L}{3,}ed|won|lost|beat|was|were|is|are|has|have|had|got|made|took|gave|left|became|came|went|said|ran|held|began|broke|told|paid|sent|kept|brought|bought|led|swore|withdrew|chose|fell|let|set|put)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PremiseVerb();

    /// <summary>"…that July?", "…later that year?", "…the same season?": the second question's time is the first's.</summary>
    public static bool RefersBackToItsTime(string clause) => ItsTime().IsMatch(clause);

    [GeneratedRegex(@"\b(?:that|the same)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|year|season|summer|winter|spring|autumn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItsTime();

    /// <summary>
    /// The question ties one event to another in time or contrast ("…after a handshake row, and what did she win in
    /// Paris?", "before or after the IOC's recommendations", "even though the IOC allowed neutrals", "when he was
    /// deported"): each may be another story's.
    /// </summary>
    public static bool LinksTwoEvents(string question) => TwoEvents().IsMatch(question);

    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value);

    /// <summary>Whether <paramref name="text"/> says <paramref name="word"/>, in any case.</summary>
    public static bool Says(string text, string word) => Words(text).Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What a who-question asks the person to have done or to be: the verb after "who" ("Who chairs…", "Who
    /// carried the flag…"), the role in "Who is the chief executive of…" (its last word) or "Who is the new Newcastle
    /// manager?" or "Who was the Ostland team's doctor at…" (the role before the place), in "Who did they hire as
    /// manager" or in "What was the name of the judge…", the verb after a modal ("Who will lead…") and the participle
    /// in "Who was appointed…" (not "was made head of", whose "made" says nothing without the role, nor "was beaten
    /// by", which asks for the one acted on), and the deed after the kind asked for in "Which country boycotted…" or
    /// "Which athlete was chosen to…". Null for "who did…", "who is Litvinovich" and other forms that name no
    /// relation.
    /// </summary>
    public static string? WhoRelation(string clause)
    {
        if (QuestionKindReader.NamedRole(clause) is { } role)
        {
            return role;
        }

        // A phrase asks its one word's deed: "Who struck down the ban?" is answered by "the Council of State annulled it".
        // "Who most recently won the cup?": a word of time before the verb is no deed; the verb after it is.
        var asked = TimeBeforeTheDeed().Replace(QuestionKindReader.WithoutOpener(ConceptTable.JoinDeedPhrases(clause)), "${who} ");
        // "Who's the ex-champion who went public…?": the person is asked for by a title held before, which the sentence
        // naming them must give ("former national champion Lina Carrow"); it asks for no winner. "Who took over running
        // the race?" asks who runs it now ("Sabine Aucourt will run the race").
        if ((FormerTitle().Match(asked) is { Success: true } former ? former : TookOverDoing().Match(asked)) is { Success: true } asksFor)
        {
            return Deed(asksFor.Groups["title"].Value);
        }

        var match = WhoDid().Match(asked);
        if (!match.Success)
        {
            // "Which country boycotted…", "Which athlete was chosen to…": the deed follows the kind of actor asked for.
            return WhichDid().Match(asked) is { Success: true } which ? Deed(which.Groups["verb"].Value) : null;
        }

        var word = match.Groups["role"].Success ? match.Groups["role"].Value : match.Groups["verb"].Value;
        if (Auxiliary().IsMatch(word))
        {
            // "Who did Dana Petrescu beat?" asks whom the one it names acted on: the deed after that name must be said.
            return DeedOfANamedDoer().Match(asked) is { Success: true } done ? Deed(done.Groups["verb"].Value) : null;
        }

        return Deed(word);
    }

    [GeneratedRegex(@"^(?<who>who)\s+(?:most\s+recently|recently|last|lately|finally|eventually|ultimately|then|later|first|originally|initially)\s+(?=[a-z]+\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeBeforeTheDeed();

    /// <summary>A stop word says no deed: "Who was the kissing scandal about?", "Which team got the final?" ask only who.</summary>
    private static string? Deed(string word) => StopWords.Contains(word.ToLowerInvariant()) ? null : word.ToLowerInvariant();

    /// <summary>
    /// "Who is the president of World Athletics?", "Who was Iran's captain?": the question asks who holds a role, which
    /// the sentence naming the person in it answers whole; "Who did Newcastle hire as manager?" asks for a deed.
    /// </summary>
    public static bool AsksWhoHoldsRole(string clause) =>
        WhoDid().Match(QuestionKindReader.WithoutOpener(clause)) is { Success: true } match
        && match.Groups["role"].Success
        && HoldsRole().IsMatch(match.Value);

    /// <summary>
    /// Whom an active who-question's deed is done to: the capitalised words right after its verb ("Rubiales" in "Who
    /// replaced Rubiales as president?", "Russian" in "Who banned Russian athletes?"). Empty when the question is
    /// passive ("Who was banned by FIFA?" asks for the one acted on), names no relation or nobody after its verb.
    /// </summary>
    public static IReadOnlyList<string> DeedDoneTo(string clause)
    {
        var asked = QuestionKindReader.WithoutOpener(clause);
        var match = WhoDid().Match(asked);
        var verb = match.Groups["verb"];
        if (!match.Success || !verb.Success || Auxiliary().IsMatch(verb.Value) || Passive().IsMatch(asked[match.Index..verb.Index]))
        {
            return [];
        }

        return [.. Words(asked[(verb.Index + verb.Length)..]).SkipWhile(w => w is "the" or "a" or "an").TakeWhile(w => char.IsUpper(w[0]))];
    }

    /// <summary>
    /// "What did the Premier League say about…", "what did amnesty have to say", "How did Ukraine react": the question
    /// asks for somebody's words, so the answer is a sentence in which they say them. Returns whose: the words before
    /// the reporting verb ("Putin" in "What did Putin say about the IOC decision?"), without the articles; empty for
    /// "What did she say?", whom the question does not name; null when it asks for nobody's words.
    /// </summary>
    public static IReadOnlyList<string>? Speaker(string clause)
    {
        // "What does the World Athletics rule say about…" asks what a text holds, not for anybody's words.
        var match = WhatWasSaid().Match(QuestionKindReader.WithoutOpener(clause));
        return match.Success && !Document().IsMatch(match.Groups["speaker"].Value)
            ? [.. Words(match.Groups["speaker"].Value).Where(w => !NotASpeakersName().IsMatch(w))]
            : null;
    }

    /// <summary>
    /// The two sides of a match the question names ("Iran" and "Wales" in "What was the score when Iran played
    /// Wales?", "between Zembla and Ostland", "against the United States"), each as its words; empty when it names no match.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> MatchSides(string clause)
    {
        var match = Sides().Match(clause);
        return match.Success
            ? [[.. Words(match.Groups["a"].Value)], [.. Words(match.Groups["b"].Value)]]
            : [];
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<a>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)(?:['’]s)?(?:\s+(?:game|match|fixture|tie|bout|meeting|clash))?(?:\s+(?:score|scored|scores|get|got|do|did|lose|lost|concede|conceded))?\s+(?:played|play|plays|playing|faced|face|faces|facing|met|meet|meets|v\.?|vs\.?|versus|against)\s+(?:the\s+)?(?<b>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)|\bbetween\s+(?:the\s+)?(?<a>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)\s+and\s+(?:the\s+)?(?<b>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)")]
    private static partial Regex Sides();

    /// <summary>
    /// "How long after the ban was lifted did Russia return?": the event the time is counted to ("Russia return"), whose
    /// date answers, not that of the one it is counted from. The whole clause when the question names both alike
    /// ("How many days passed between the vote and the ban?").
    /// </summary>
    public static string AskedEvent(string clause)
    {
        var reading = QuestionKindReader.WithoutOpener(clause);
        // The last auxiliary opens the asked event: "…after the ban was lifted did Russia return?" splits at "did".
        var lastAuxiliary = CountedFrom().Match(reading) is { Success: true } from ? AuxiliaryInText().Matches(reading, from.Length).LastOrDefault() : null;
        return lastAuxiliary is null ? reading : reading[lastAuxiliary.Index..];
    }

    [GeneratedRegex(@"^how\s+(?:long|much\s+time|many\s+\p{L}+)\s+(?:after|before|later|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedFrom();

    [GeneratedRegex(@"\b(?:did|does|do|was|were|is|are|has|have|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuxiliaryInText();

    /// <summary>"Who did Kharlan beat?", "Whom will they appoint?": the person asked for is the one acted on, not the one acting.</summary>
    public static bool AsksWhomTheyActedOn(string clause) => WhomTheyActedOn().IsMatch(QuestionKindReader.WithoutOpener(clause));

    [GeneratedRegex(@"^who(?:m)?\s+(?:did|does|do|will|would|has|have|had|can|could)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhomTheyActedOn();

    [GeneratedRegex(@"^(?:what|how)\s+(?:did|does|do|has|have|had)\s+(?<speaker>.+?)\s+(?:say|said|tell|told|claim|argue|respond|reply|react|have to say|had to say)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatWasSaid();

    [GeneratedRegex(@"\b(?:rules?|laws?|regulations?|policy|policies|report|ruling|judgment|judgement|verdict|charter|code|contract|agreement|constitution|guidelines|document|letter|statement|decision|text|article|story)$", RegexOptions.IgnoreCase)]
    private static partial Regex Document();

    // The "s" of a possessive ("Afghanistan's cricket board") is no word of the speaker's name.
    [GeneratedRegex(@"^(?:the|a|an|its|his|her|their|he|she|it|they|you|we|i|s)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotASpeakersName();

    /// <summary>Words after which a role ends the clause ("Who was Iran's captain against England?").</summary>
    private const string RoleEnds = "in|at|during|before|after|when|for|against|on|with|until|since|now|currently|today";

    /// <summary>A participle that says what was done to the person asked for ("appointed", "chosen"); not "made", which needs its role.</summary>
    private const string Participle = "[a-z]+ed|chosen|beaten|sent|sold|paid|told";

    // "Who was Dunmore fighting?" asks whom he fought, as "Who did Dunmore fight?" does; "Who did Tarvonia's sports
    // ministry install?" whom the ministry installed.
    [GeneratedRegex(@"^who(?:m)?\s+(?:(?:did|does|do|will|would|has|have|had)\s+(?-i:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:(?-i:\p{Ll}[\p{L}-]*\s+){0,2}?(?:ministry|federation|government|league|club|board|committee|union|council|panel|court|association)\s+)?(?<verb>(?-i:\p{Ll}[\p{L}-]+))|(?:was|were|is|are)\s+(?-i:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?<verb>(?-i:\p{Ll}[\p{L}-]+ing)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeedOfANamedDoer();

    [GeneratedRegex(@"^who\s+(?:(?:did|does|do|will|would|has|have|had)\s+.+?\s+as\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:new\s+)?(?:(?-i:\p{Lu}[\p{L}-]*)\s+)*(?<role>(?-i:[a-z][a-z-]*))\b(?<!\b(?:in|at|of|for|on|to|from|during|after|before|with|by|the|a|an|its|their|his|her|new))|(?:is|was|are|were|will\s+be|would\s+be|(?:is|are|was|were)\s+going\s+to\s+be)\s+(?:now\s+|currently\s+)?(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?<role>[a-z-]+)\s+(?:of|at|for|in|on)\b|(?:is|was|are|were|will\s+be|would\s+be|(?:is|are|was|were)\s+going\s+to\s+be)\s+(?:now\s+|currently\s+)?(?:(?:the|a|an)\s+(?:(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:'s|’s)\s+)?|[\p{L}-]+(?:'s|’s)\s+)(?:[\p{L}-]+\s+){0,2}?(?<role>(?-i:[a-z][a-z-]*))\s*(?:\??$|(?=\s(?:" + RoleEnds + @")\b))|(?:is|was|are|were|will\s+be|would\s+be|(?:is|are|was|were)\s+going\s+to\s+be)\s+(?:now\s+|currently\s+)?(?-i:\p{Lu}[\p{L}-]*\s+)+(?:[\p{L}-]+\s+){0,2}?(?<role>(?-i:[a-z][a-z-]*))\s*(?:\??$|(?=\s(?:" + RoleEnds + @")\b))|(?:will|would|can|could|shall|should|may|might)\s+(?<verb>(?-i:[a-z][a-z-]*))\b|(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?<verb>(?-i:" + Participle + @"))\b(?!\s+(?:by|to\s+be)\b)|(?:has|have|had)\s+(?<verb>(?-i:" + Participle + @"|led|taken|given))\b|(?<verb>[a-z]+)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoDid();

    [GeneratedRegex(@"^who\s+(?:is|was|are|were|will\s+be|would\s+be|(?:is|are|was|were)\s+going\s+to\s+be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HoldsRole();

    [GeneratedRegex(@"^(?:[Ww]hich|[Ww]hat)\s+(?:[\p{L}-]+\s+){1,2}?(?:(?:will|would|can|could|should|may|might)\s+(?<verb>[a-z][a-z-]*)|(?:is|was|are|were)\s+(?<verb>" + Participle + @")(?!\s+by\b)|(?<verb>[a-z]+ed))\b")]
    private static partial Regex WhichDid();

    [GeneratedRegex(@"^(?:is|was|are|were|be|been|has|have|had|did|does|do|will|would|can|could|should|shall|may|might|must|else|exactly|actually|really|then|now|currently)$", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"\b(?:is|was|are|were|be|been|being)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    // "…, and in which year did she return?", "…, and by how much?": a preposition may open the second question.
    [GeneratedRegex(@"[,;]?\s+and\s+(?=(?:what|when|who|whom|which|how|why|where|did|does|do|is|was|were|has|have|can)\b|(?:in|by|from|to|for|with|at|on|under|against|of)\s+(?:what|which|whom|how)\b)|;\s+|(?<=\?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SecondQuestion();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:what|when|who|whom|whose|which|how|why|where|since when|did|does|do|is|was|were|are|has|have|had|can|could|will|would|(?:in|by|from|to|for|with|at|on|under|against|of)\s+(?:what|which|whom|how))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    [GeneratedRegex(@"\b(?:before|after|afterwards|then|earlier|later|each|both|even though|although|despite|on the day|the same day|at the time|when (?:he|she|they|it) (?:was|were))\b|,\s*(?:and|but)\s+(?:what|who|when|where|why|how|which|did|does|do|was|were|is|are|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TwoEvents();
}
