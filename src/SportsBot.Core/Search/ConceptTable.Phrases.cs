using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>Phrases <see cref="ConceptTable"/> reads as one word of a concept: "stepped down" is "resign", "sent the law back" is "vetoed".</summary>
public sealed partial class ConceptTable
{
    /// <summary>Phrases read as one word of a concept: "took part" is "participate", "shook hands" is "handshake".</summary>
    private static readonly (Regex Phrase, string Word)[] Phrases =
    [
        (new Regex(@"\b(?:take|takes|taking|took|taken) part\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "participate"),
        (new Regex(@"\b(?:kick|kicks|kicked|kicking|throw|thrown|threw|shut) out\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "expel"),
        (new Regex(@"\b(?:pull|pulls|pulled|pulling) out\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "withdraw"),
        (new Regex(@"\b(?:come|comes|came|coming) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "finished"),
        (new Regex(@"\b(?:shake|shakes|shook|shaking|shaken) hands\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "handshake"),
        (new Regex(@"\b(?:call|calls|called|calling) off\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "cancel"),
        (new Regex(@"\b(?:rule|rules|ruled|ruling) out\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "exclude"),
        (new Regex(@"\b(?:step|steps|stepped|stepping) down\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "resign"),
        // Whoever heads a broadcaster or a company: its director-general or managing director is its chief.
        (new Regex(@"\b(?:director[- ]general|managing director)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "chief"),
        // A court that "struck down" a rule annulled it.
        (new Regex(@"\b(?:strike|strikes|struck|striking|stricken) down\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "annul"),
        // "their first match of the World Cup" is their opener.
        (new Regex(@"\b(?:first|opening) (?:match|game|fixture)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "opener"),
        // "a 6-2 defeat", "beat Smirnova 15-7": a scoreline is the score, whether or not the sentence says the word.
        (new Regex(@"(?<![\d.,:/-])\b\d{1,2}-\d{1,2}\b(?![\d/-])", RegexOptions.Compiled), "score"),
        // "…will now be played at the Stade de France instead of at the Gazprom Arena": one replaces the other.
        (new Regex(@"\binstead of\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "replace"),
        // "Varlo will take Tessaly's place in Group C": to take one's place, or be given it, is to replace them; an
        // event's "take place" names nobody's and is not.
        (new Regex(@"\b(?:take|takes|taking|took|taken|given|gets|got|get)\s+(?:\p{Lu}[\p{L}-]*['’]s|its|their|his|her)\s+place\b|\bin (?:the )?place of\b", RegexOptions.Compiled), "replace"),
        // "The court dismissed his appeal": an appeal dismissed is lost, one upheld is won.
        (new Regex(@"\b(?:dismiss|dismissed|dismisses|reject|rejected|rejects|threw out|thrown out|turned down|turns down)\s+(?:[\p{L}'’-]+\s+){0,3}?appeals?\b|\bappeals?\s+(?:was|were|has been|had been|is)\s+(?:dismissed|rejected|thrown out|turned down)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "lose"),
        (new Regex(@"\b(?:upheld|upholds|uphold)\s+(?:[\p{L}'’-]+\s+){0,3}?appeals?\b|\bappeals?\s+(?:was|were|has been|had been|is)\s+(?:upheld|successful|allowed)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "win"),
        (new Regex(@"\b(?:kick|kicks|kicked|kicking) off\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "start"),
        // "Why did Kessrun push the vote back?": to push something back, or put it back, is to postpone it.
        (new Regex(@"\b(?:push|pushes|pushed|pushing|put|puts|putting) (?:(?:it|them|the [\p{L}-]+(?: [\p{L}-]+)?) )?back\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "postpone"),
        // "Aldecott said the later date was needed because…": a race moved to a later date is postponed.
        (new Regex(@"\b(?:a|the|its|their)\s+(?:new\s+)?later\s+date\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "postponed"),
        // "Lunescu sent the law back to the National Assembly": a law sent back unsigned is vetoed.
        (new Regex(@"\b(?:send|sends|sent|sending)\s+(?:the|its|a|this|that)\s+(?:[\p{L}-]+\s+)?(?:law|bill|act|amendment|legislation|measure)\s+back\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "vetoed"),
        // "The inquiry will be led by Amara Velt": "led" alone is as often "led to" a result, but "led by" is the deed.
        (new Regex(@"\bled by\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "lead"),
        // "The panel, chaired by retired judge Mirela Osk": a body chaired or headed by someone is led by them, as
        // "Which judge led the panel?" asks.
        (new Regex(@"\b(?:chaired|headed|presided over)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "led"),
        // "She takes over from Juan Ferreira": to take over from someone is to replace them.
        (new Regex(@"\b(?:take|takes|taking|took|taken)\s+over\s+from\b", RegexOptions.Compiled), "replace"),
        // "Who stepped in as interim head coach?": to step in as somebody's stand-in is to replace them for a time.
        (new Regex(@"\b(?:step|steps|stepped|stepping)\s+in(?=\s+as\b)", RegexOptions.IgnoreCase | RegexOptions.Compiled), "replace"),
        // "Which judge signed off on the deal?": to sign off on something is to approve it.
        (new Regex(@"\b(?:sign|signs|signed|signing) off\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "approve"),
        (new Regex(@"\b(?:let|lets|letting|allow|allows|allowed|allowing) (?:them |him |her |it )?back\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "readmit"),
        // "131 of its 412 clubs now met the standard": to meet a standard or the rules is to comply with them.
        (new Regex(@"\b(?:meet|meets|met|meeting) (?:the |its |their )?(?:new |required |legal )?(?:standards?|requirements?|rules)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled), "comply"),
    ];

    /// <summary>
    /// Verbs that are a phrase only with a name after them: "to succeed Ferreira" is to replace her, "succeeded in
    /// winning" is not. Read so in a story; a question's deed keeps its own word (<see cref="JoinDeedPhrases"/>).
    /// </summary>
    private static readonly (Regex Phrase, string Word)[] NameBoundPhrases =
    [
        (new Regex(@"\b(?:succeed|succeeds|succeeded|succeeding)\s+(?=\p{Lu})", RegexOptions.Compiled), "replace"),
    ];

    /// <summary>The text with each phrase of <see cref="Phrases"/> and <see cref="NameBoundPhrases"/> replaced by its one word.</summary>
    public static string JoinPhrases(string text) => Join(Join(text, Phrases), NameBoundPhrases);

    /// <summary>
    /// A question's deed with its phrases joined ("Who struck down the ban?" asks who annulled it), but not a verb that
    /// is a phrase only because of the name after it: "Who will succeed Bach?" asks who succeeds, which "was elected to
    /// succeed him" says, with no name after it.
    /// </summary>
    public static string JoinDeedPhrases(string text) => Join(text, Phrases);

    /// <summary>The words of each phrase of <see cref="Phrases"/> the text uses ("took", "over", "from" of "took over from"), with the one word it is read as.</summary>
    public static IEnumerable<(string Word, IReadOnlyList<string> Words)> PhrasesIn(string text) =>
        Phrases.SelectMany(p => p.Phrase.Matches(text).Select(m => (p.Word, (IReadOnlyList<string>)m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    private static string Join(string text, (Regex Phrase, string Word)[] phrases)
    {
        foreach (var (phrase, word) in phrases)
        {
            text = phrase.Replace(text, word);
        }

        return text;
    }

    /// <summary>
    /// The text read both ways: its phrases as their one word and as their own words ("shook hands" is "handshake" for
    /// "Why was there no handshake?", and still "shake" and "hands" for "…for not shaking hands?"). The text itself when
    /// it has none.
    /// </summary>
    public static string WithPhrasesJoined(string text) => JoinPhrases(text) is var joined && joined != text ? $"{text} {joined}" : text;
}
