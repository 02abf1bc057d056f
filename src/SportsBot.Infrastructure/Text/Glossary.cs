using System.Text.RegularExpressions;
using AnyAscii;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// One language's words and phrases with their English, read from a bundled <c>Glossaries/&lt;Language&gt;.tsv</c>:
/// "source TAB english" per line, a source ending in <c>*</c> being a stem that takes an ending of up to
/// <see cref="MaxEnding"/> letters (Russian cases, Spanish plurals), an empty English dropping the word (articles).
/// An English reading in lower case is a description rather than a name: "чемпионат мира" is a "world championship"
/// that the sources may call the World Cup, so the answer rules do not require them to name it so.
/// </summary>
internal sealed partial class Glossary
{
    /// <summary>Letters a stem entry lets a word add ("sancionad*" reads sancionado, sancionadas).</summary>
    private const int MaxEnding = 4;

    /// <summary>Phrases as written, lower case: "è" (is) is not "e" (and), "où" (where) not "ou" (or).</summary>
    private readonly Dictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>Phrases without accents, for askers who type none ("perche", "quien").</summary>
    private readonly Dictionary<string, string> _phrases = new(StringComparer.Ordinal);
    /// <summary>Stems without their "*", in Latin letters ("rossii" for "россий*").</summary>
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly int _longestPhrase = 1;

    /// <summary>The language writes compounds as one word ("Dopingsperre", "Verbandspräsident"), which are read by their parts.</summary>
    private readonly bool _compounds;

    /// <summary>Shortest part of a compound read on its own: shorter pieces ("ein", "tor") make false splits.</summary>
    private const int MinCompoundPart = 4;

    public Glossary(TextReader tsv, bool compounds = false)
    {
        _compounds = compounds;
        for (var line = tsv.ReadLine(); line is not null; line = tsv.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t') is not [var source, var english])
            {
                continue;
            }

            var key = Normalize(source.Trim());
            if (key.EndsWith('*'))
            {
                _stems.TryAdd(key[..^1], english.Trim());
                continue;
            }

            _written.TryAdd(source.Trim().ToLowerInvariant(), english.Trim());
            _phrases.TryAdd(key, english.Trim());
            _longestPhrase = Math.Max(_longestPhrase, key.Count(c => c == ' ') + 1);
        }
    }

    /// <summary>
    /// The question in English words, in its own order, or null when the glossary knows fewer than half of its words
    /// that are not names (then the words are not really read). Names, numbers and words it does not know are kept as
    /// written, Cyrillic ones spelled in Latin letters ("Шарапова" as "Sharapova") so that English sources match them.
    /// </summary>
    public string? Read(string question)
    {
        var (english, known, unknown) = Translate(question);
        if (english.Count == 0 || known < unknown)
        {
            return null;
        }

        var text = string.Join(' ', english);
        return char.ToUpperInvariant(text[0]) + text[1..] + (question.TrimEnd().EndsWith('?') ? "?" : string.Empty);
    }

    /// <summary>A source's text in English words as far as the glossary knows them, the rest as written (Cyrillic in Latin letters).</summary>
    public string Gloss(string text) => string.Join(' ', Translate(text).English);

    private (List<string> English, int Known, int Unknown) Translate(string text)
    {
        var words = Token().Matches(text).Select(m => m.Value).ToList();
        // Each word's two keys are made once: a phrase is looked up by joining them.
        var written = words.Select(w => w.ToLowerInvariant().Replace('’', '\'')).ToList();
        var plain = words.Select(Normalize).ToList();
        var english = new List<string>();
        int known = 0, unknown = 0;
        for (var i = 0; i < words.Count;)
        {
            var (length, translation) = Longest(written, plain, i, IsCyrillic(words[i]));
            if (length > 0)
            {
                if (translation.Length > 0)
                {
                    english.Add(translation);
                }

                known++;
                i += length;
                continue;
            }

            var word = words[i++];
            // A hyphenated word the glossary does not list is read by its parts ("Champions-League-Finale",
            // "Transgender-Frauen"), names among them kept as written.
            if (word.Contains('-') && ReadParts(word) is { } parts)
            {
                english.Add(parts);
                known++;
                continue;
            }

            if (IsName(word, english.Count == 0 && known == 0))
            {
                english.Add(Latin(word));
                continue;
            }

            // An elided article or preposition ("l'", "dell'") the glossary does not list says nothing in English.
            if (word.EndsWith('\'') || word.EndsWith('’'))
            {
                continue;
            }

            unknown++;
            english.Add(Latin(word));
        }

        return (english, known, unknown);
    }

    /// <summary>The parts of a hyphenated word in English as far as the glossary knows them; null when it knows none.</summary>
    private string? ReadParts(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        var read = new List<string>(parts.Length);
        var anyKnown = false;
        foreach (var part in parts)
        {
            var (length, english) = Longest([part.ToLowerInvariant()], [Normalize(part)], 0, IsCyrillic(part));
            anyKnown |= length > 0;
            read.Add(length > 0 ? english : Latin(part));
        }

        return anyKnown ? string.Join(' ', read.Where(r => r.Length > 0)) : null;
    }

    private (int Length, string English) Longest(List<string> written, List<string> plain, int at, bool cyrillic)
    {
        for (var length = Math.Min(_longestPhrase, written.Count - at); length >= 1; length--)
        {
            if (_written.TryGetValue(Joined(written.Skip(at).Take(length)), out var english) || _phrases.TryGetValue(Joined(plain.Skip(at).Take(length)), out english))
            {
                return (length, english);
            }
        }

        var word = plain[at];
        if (Stemmed(word) is { } stemmed)
        {
            return (1, stemmed);
        }

        if (!cyrillic && Single(word) is { } single)
        {
            return (1, single);
        }

        // A compound the glossary does not list is read by its two parts, with or without the linking "s"
        // ("Dopingsperre" as "doping ban", "Verbandspräsident" as "federation president").
        if (_compounds && !cyrillic)
        {
            for (var split = MinCompoundPart; split <= word.Length - MinCompoundPart; split++)
            {
                var head = word[..split];
                var tail = word[split..];
                if ((Part(head) ?? (head.EndsWith('s') && head.Length > MinCompoundPart ? Part(head[..^1]) : null)) is { } first && Part(tail) is { } second)
                {
                    return (1, $"{first} {second}".Trim());
                }
            }
        }

        return (0, string.Empty);
    }

    private string? Part(string word) => Single(word) ?? Stemmed(word, MinCompoundPart);

    /// <summary>The longest stem that fits reads the word: "россий*" before "рос*".</summary>
    private string? Stemmed(string word, int shortest = 1)
    {
        for (var stem = word.Length; stem >= Math.Max(shortest, word.Length - MaxEnding); stem--)
        {
            if (_stems.TryGetValue(word[..stem], out var english))
            {
                return english;
            }
        }

        return null;
    }

    /// <summary>One word as listed, or as a plural the glossary lists only in the singular ("maglie" for "maglia", "Spiele" for "Spiel", "jeux" for "jeu").</summary>
    private string? Single(string word)
    {
        if (_phrases.TryGetValue(word, out var listed))
        {
            return listed;
        }

        if (word.Length >= 4)
        {
            foreach (var singular in Singulars(word))
            {
                if (_phrases.TryGetValue(singular, out var english))
                {
                    return english;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Singulars(string word)
    {
        foreach (var (ending, replacements) in PluralEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                foreach (var replacement in replacements)
                {
                    yield return word[..^ending.Length] + replacement;
                }
            }
        }
    }

    /// <summary>Plural endings of the Romance languages and German, each with the singular endings it may stand for.</summary>
    private static readonly (string Ending, string[] Singular)[] PluralEndings =
    [
        ("es", ["", "e"]), ("s", [""]), ("x", [""]), ("i", ["o", "e", "a"]), ("e", ["a", ""]), ("en", ["", "e"]), ("n", [""]),
    ];

    /// <summary>Words as a phrase: an elided article joins the next word ("dell'" and "uomo" are "dell'uomo").</summary>
    private static string Joined(IEnumerable<string> words)
    {
        var text = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0 && text[^1] is not ('\'' or '’'))
            {
                text.Append(' ');
            }

            text.Append(word);
        }

        return text.ToString();
    }

    private static bool IsCyrillic(string word) => word.Any(c => c is >= '\u0400' and <= '\u04FF');

    /// <summary>A capitalised word after the first, an acronym or a number: a name, kept as written.</summary>
    private static bool IsName(string word, bool first) =>
        char.IsDigit(word[0]) || (char.IsUpper(word[0]) && (!first || word.Skip(1).Any(char.IsUpper)));

    /// <summary>A Cyrillic word in Latin letters as English writes Russian names: no mark for the soft or hard sign ("Ольга" is "Olga", not "Ol'ga").</summary>
    private static string Latin(string word) => IsCyrillic(word) ? word.Transliterate().Replace("'", string.Empty).Replace("\"", string.Empty) : word;

    /// <summary>
    /// Lower case in Latin letters without accents ("París" and "paris" are one key, "Россия" is "rossiia"; "ё" is
    /// written "е"). Spelled out by AnyAscii, since the host runs without culture data to decompose accents with.
    /// </summary>
    internal static string Normalize(string text) => text.Replace('ё', 'е').Replace('Ё', 'Е').Transliterate().ToLowerInvariant();

    // Words with their inner hyphens; an elided article keeps its apostrophe and stands alone ("l'", "athlète").
    [GeneratedRegex(@"\p{L}+['’](?=\p{L})|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*")]
    private static partial Regex Token();
}
