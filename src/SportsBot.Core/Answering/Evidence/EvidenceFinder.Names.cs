using System.Text.RegularExpressions;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// How <see cref="EvidenceFinder"/> tells which of a question's names the sources must have: a person's surname, the
/// subject of a yes/no question, or a name at all rather than the asker's shorthand ("SW19"); and how the question
/// writes them, as one name of several words or alone.
/// </summary>
public sealed partial class EvidenceFinder
{
    /// <summary>Last words of the persons' names in a question; its first word is capitalised as any first word is ("Which Afghan…").</summary>
    public static HashSet<string> Surnames(string question)
    {
        var text = question.TrimStart();
        var unopened = text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
        return FactSpotter.Surnames(unopened).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Did Medvedev win a medal at Paris 2024?", "Has WADA appealed?", "Did the ATP comment?": the one a yes/no question
    /// in English asks about, written as a name or an acronym right after its opening verb (an acronym after "the"), is
    /// not a description in the asker's words ("SW19") but somebody the sources must name. Null for any other question.
    /// </summary>
    private static string? YesNoSubject(QueryAnalysis query)
    {
        if (query.AskedIn is not null || query.Asks != AskedFor.YesNo)
        {
            return null;
        }

        var words = QuestionClauses.Words(query.Question).Take(3).ToList();
        return words.Count < 2 ? null
            : char.IsUpper(words[1][0]) && (LooksLikeAName(words[1]) || IsAcronym(words[1])) ? words[1]
            : words.Count == 3 && words[1].Equals("the", StringComparison.OrdinalIgnoreCase) && IsAcronym(words[2]) ? words[2]
            : null;
    }

    /// <summary>"WADA" in "Has WADA appealed?": three capitals or more name a body, which the sources spell the same way or in full.</summary>
    private static bool IsAcronym(string word) => word.Length >= 3 && word.All(c => char.IsLetter(c) && char.IsUpper(c));

    /// <summary>
    /// A word written as a name rather than as shorthand: four letters or more, letters only and, as written, not all
    /// capitals ("Sharapova", not "BG", "SW19" or "FIFA"). A question's terms are kept in lower case, so for them
    /// only length and letters tell.
    /// </summary>
    private static bool LooksLikeAName(string word) => word.Length >= 4 && word.All(char.IsLetter) && !word.All(char.IsUpper);

    /// <summary>Fewer than half of the question's names (or none) are in any retrieved source.</summary>
    private bool TooFewKnown(IReadOnlyList<QueryTerm> names, List<TextTerms> sources)
    {
        var known = names.Count(n => sources.Any(s => matcher.Mentions(s, n)));
        return known == 0 || known * 2 < names.Count;
    }

    /// <summary>
    /// "How many gymnasts were harmed at the Port Ilvane academy?": a name that says which one of a kind is meant, when
    /// the story writes the name and the kind together too ("conditions at the Port Ilvane academy"), is the one the
    /// story means wherever it says the kind ("An independent inquiry into Velmara's national gymnastics academy has
    /// found that 27 gymnasts…"). The kind each such name of the question is said with, by name. Only for a name its
    /// story's headline and opening do not give: a story opening on the Champions League final names it where it
    /// speaks of it, and "the final" elsewhere in it may be another's.
    /// </summary>
    private static Dictionary<QueryTerm[], string> KindsNamed(string question, string story, IEnumerable<QueryTerm[]> names)
    {
        var kinds = new Dictionary<QueryTerm[], string>();
        var words = QuestionClauses.Words(question).ToList();
        foreach (var name in names)
        {
            for (var i = 0; i + name.Length < words.Count; i++)
            {
                var kind = words[i + name.Length];
                if (char.IsLower(kind[0]) && !StopWords.Contains(kind) && name.Select((w, k) => words[i + k].Equals(w.Word, StringComparison.OrdinalIgnoreCase)).All(same => same)
                    && story.Contains($"{string.Join(' ', words.Skip(i).Take(name.Length))} {kind}", StringComparison.OrdinalIgnoreCase))
                {
                    kinds[name] = kind;
                    break;
                }
            }
        }

        return kinds;
    }

    private bool Names(TextTerms text, QueryTerm[] name) => name.All(word => matcher.Mentions(text, word)) || matcher.MentionsByInitials(text, name);

    /// <summary>
    /// The sentence names, by a capitalised name, another of the kind the asked name of several words is ("the Davis
    /// Cup" for "the World Cup"): it shares the name's last word but not all of it.
    /// </summary>
    private static bool NamesAnotherOfItsKind(string sentence, QueryTerm[] name)
    {
        if (name.Length < 2)
        {
            return false;
        }

        foreach (Match match in CapitalisedName().Matches(sentence))
        {
            var words = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
            if (words.Contains(name[^1].Word) && !name.All(n => words.Contains(n.Word)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedName();

    /// <summary>
    /// The text without the names of bodies and events it writes in two or more capitalised words ("World Fencing
    /// Championships"), unless the question names that body itself, by two of its words in any case ("the football
    /// federation" for "Royal Spanish Football Federation"). A person's name ("Viktor Bout") stays.
    /// </summary>
    private string WithoutOtherBodies(string text, QuestionReading reading) => CapitalisedName().Replace(text, m =>
        FactSpotter.NamesABodyOrEvent(m.Value) && matcher.Read(m.Value, reading.Terms) is var inName && reading.Terms.Count(t => matcher.Mentions(inName, t)) < 2 ? " " : m.Value);

    /// <summary>
    /// The question's names as it writes them, for telling whether a sentence names one: capitalised words that
    /// follow each other are one name ("World Aquatics" is not named by "World Athletics"), and the role a
    /// who-question asks about ("president", capitalised in "World Athletics President Sebastian Coe") is the fact
    /// asked for, which its own rule checks, not a name of the subject.
    /// </summary>
    private List<QueryTerm[]> NamesAsWritten(string question, List<QueryTerm> required, string? relation)
    {
        var byWord = new Dictionary<string, QueryTerm>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in required)
        {
            byWord.TryAdd(name.Word, name);
        }

        var phrases = new List<QueryTerm[]>();
        var run = new List<QueryTerm>();
        var words = QuestionClauses.Words(question).ToList();
        // The first word is capitalised as any first word is; the loop runs one past the end to close the last run.
        for (var i = 1; i <= words.Count; i++)
        {
            if (i < words.Count && char.IsUpper(words[i][0]) && byWord.TryGetValue(words[i], out var term) && !run.Contains(term))
            {
                run.Add(term);
                continue;
            }

            if (run.Count > 1)
            {
                phrases.Add([.. run]);
            }

            run.Clear();
        }

        var inPhrases = phrases.SelectMany(p => p).ToHashSet();
        var role = relation is null ? null : matcher.StemOf(relation);
        return
        [
            .. phrases.DistinctBy(p => string.Join(' ', p.Select(n => n.Word))),
            .. required.Where(n => !inPhrases.Contains(n) && n.Stem != role).Select(n => new[] { n }),
        ];
    }
}
