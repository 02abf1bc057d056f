using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>"Which three arenas…", "Which party…", "veskland's prime minister", "exactly how many": what a question asks to be named, whose, and how exactly.</summary>
public static partial class QuestionClauses
{
    /// <summary>
    /// The plural noun a which-question asks to name ("arenas" in "Which three NBL arenas never had the cameras?",
    /// "countries" in "Which neighbouring countries…", "men" in "What are the names of the two men arrested?"); null
    /// for a question put any other way, or one asking for one
    /// thing ("Which club…"). "What rules…" and "What changes…" ask what they say, not their names.
    /// </summary>
    public static string? WhichNoun(string clause)
    {
        if (WhichPhrase().Match(Search.QuestionKindReader.WithoutOpener(clause).Trim()) is not { Success: true } phrase)
        {
            return null;
        }

        // "Which four women's training centres…": a possessive owns the noun, and is none; "men" and "people" count
        // as much as "players".
        // "Which three Castavian Cricket Board members…": the name of a body between the count and the noun is no word
        // of the phrase's own.
        var words = phrase.Groups["phrase"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = char.IsDigit(words[0][0]) || CountWord().IsMatch(words[0]) ? 1 : 0;
        var body = start == 0 ? 0 : words.Skip(start).TakeWhile(w => char.IsUpper(w[0])).Count();
        return words.Take(start).Concat(words.Skip(start + body)).Take(4)
            .FirstOrDefault(w => char.IsLower(w[0]) && !w.Contains('\'') && !w.Contains('’')
                && ((w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !NotAPlural().IsMatch(w)) || IrregularPlural().IsMatch(w)));
    }

    /// <summary>Words ending in s that count nothing: "Which tennis legend…" asks for one person.</summary>
    [GeneratedRegex(@"^(?:tennis|news|series|species|athletics|gymnastics|aquatics|politics|economics|olympics|paralympics|games|this|does|status|campus|bonus|census|virus|focus|chorus|always|perhaps)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPlural();

    /// <summary>
    /// The kind of body a which-question asks to name, where such bodies carry the word in their names ("party" in
    /// "Which party is Kestel an MP for?", answered by "the Green Progress Party MP"; "court" in "Which court sided
    /// with him?"); null for any other question.
    /// </summary>
    public static string? WhichKind(string clause) =>
        WhichKindPhrase().Match(Search.QuestionKindReader.WithoutOpener(clause).Trim()) is { Success: true } match ? match.Groups["kind"].Value.ToLowerInvariant() : null;

    [GeneratedRegex(@"^(?:which|what)\s+(?:[a-z-]+\s+)?(?<kind>party|court|tribunal|company|firm|federation|association|league|union|committee|ministry|agency|council|commission|fund|bank|university|hospital|stadium|arena|broadcaster|channel|newspaper|group)\b(?!['’]s)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichKindPhrase();

    /// <summary>"Exactly how many…", "the precise number of…": the question asks for a figure, not a rough count.</summary>
    public static bool AsksExactly(string question) => Exactly().IsMatch(question);

    [GeneratedRegex(@"\b(?:exactly|precisely|exact|precise)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exactly();

    /// <summary>The question writes the word as an owner: "veskland's" in "who's going to be veskland's new prime minister?".</summary>
    public static bool Owns(string question, string word) =>
        Possessive().Matches(question).Any(m => m.Groups["owner"].Value.Equals(word, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<owner>[\p{L}-]+)['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:which|what (?:are|were) the names of(?: the)?)\s+(?<phrase>(?:[\p{L}\d'’-]+\s+){0,6}[\p{L}'’-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichPhrase();

    /// <summary>"Which four centres…", "What are the names of the two men…": the question says how many it asks to name.</summary>
    public static bool WhichCounted(string clause) =>
        WhichPhrase().Match(Search.QuestionKindReader.WithoutOpener(clause).Trim()) is { Success: true } phrase
        && phrase.Groups["phrase"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..]
        && (char.IsDigit(first[0]) || CountWord().IsMatch(first));

    [GeneratedRegex(@"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();

    [GeneratedRegex(@"^(?:men|women|people|children)$")]
    private static partial Regex IrregularPlural();

    /// <summary>The plural a which-question asks to name is of people: "members", "delegates", "referees".</summary>
    public static bool NamesPeople(string noun) => PeopleNoun().IsMatch(noun);

    [GeneratedRegex(@"^(?:members|delegates|players|officials|referees|judges|riders|athletes|ministers|directors|candidates|coaches|executives|owners|governors|managers|lawyers|drivers|men|women|people|children|politicians|MPs|senators|councillors|trustees|voters|fighters|boxers|skaters|skiers|swimmers|cyclists|footballers|cricketers|gymnasts|runners)$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleNoun();
}
