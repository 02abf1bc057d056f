using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Memory;

namespace SportsBot.Core.Search;

/// <summary>
/// The one place that decides whether a text mentions a question's word: the same stem ("competes" ~ "compete"),
/// another name of the same body (<see cref="AliasTable"/>), or, for words that are not names, another word of the
/// same concept (<see cref="ConceptTable"/>). Retrieval, the answerers and the LLM answer check all count coverage here.
/// </summary>
public sealed partial class TermMatcher(IWordStemmer stemmer, AliasTable aliases, ConceptTable concepts) : IDisposable
{
    /// <summary>
    /// Texts whose stems are remembered: about 4 KB each on average (a sentence, or now and then a whole story), so
    /// some 16 MB when full; the stories of the last few dozen questions.
    /// </summary>
    private const int RememberedTexts = 4_000;

    /// <summary>
    /// The stems of texts read before. An answer reads every sentence of its five leading stories, and questions in a
    /// chat keep landing on the same stories; stemming them again was half the answerer's time. The stems of a text
    /// never change, so what is remembered is always right; the cache only bounds how much is kept.
    /// </summary>
    private readonly MemoryCache _stems = new(new MemoryCacheOptions { SizeLimit = RememberedTexts, CompactionPercentage = 0.25 });

    public IWordStemmer Stemmer => stemmer;

    public TextTerms Read(string text)
    {
        var (stems, words) = StemsOf(text);
        return new(stems, aliases.GroupsIn(text), words);
    }

    /// <summary>
    /// The text read only for what <see cref="Mentions"/> asks about <paramref name="terms"/>: of the ~70 alias groups
    /// it looks for the terms' own, which is most of the cost of reading every passage and sentence of a question.
    /// </summary>
    public TextTerms Read(string text, IEnumerable<QueryTerm> terms)
    {
        var (stems, words) = StemsOf(text);
        return new(stems, aliases.GroupsIn(text, terms.Select(t => t.AliasGroup).OfType<int>().ToHashSet()), words);
    }

    private (IReadOnlySet<string> Stems, IReadOnlyDictionary<string, string[]> Words) StemsOf(string text)
    {
        if (_stems.TryGetValue(text, out (IReadOnlySet<string>, IReadOnlyDictionary<string, string[]>) known))
        {
            return known;
        }

        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(ConceptTable.WithPhrasesJoined(text)))
        {
            var bare = Bare(m.Value);
            var stem = stemmer.Stem(bare);
            if (!words.TryGetValue(stem, out var written))
            {
                words[stem] = written = new HashSet<string>(StringComparer.Ordinal);
            }

            written.Add(bare);
        }

        // A body is named by its initials wherever it is spelled out: "Norvik Boxing Federation" names the NBF, "Court of
        // Arbitration for Sport" CAS, though no table lists them and only one story writes them.
        foreach (Match name in SpelledOutName().Matches(text))
        {
            var initials = string.Concat(Word().Matches(name.Value).Where(w => char.IsUpper(w.Value[0])).Select(w => char.ToLowerInvariant(w.Value[0])));
            if (initials.Length >= 3)
            {
                var stem = stemmer.Stem(initials);
                if (!words.TryGetValue(stem, out var written))
                {
                    words[stem] = written = new HashSet<string>(StringComparer.Ordinal);
                }

                written.Add(initials);
            }
        }

        (IReadOnlySet<string>, IReadOnlyDictionary<string, string[]>) read =
            (words.Keys.ToHashSet(StringComparer.Ordinal), words.ToDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal));
        _stems.Set(text, read, new MemoryCacheEntryOptions { Size = 1 });
        return read;
    }

    /// <summary>Forgets every text read; <c>eval</c> does so before each question so every retriever is timed cold.</summary>
    public void Forget() => _stems.Clear();

    public void Dispose() => _stems.Dispose();

    public QueryTerm Term(string word, bool isName)
    {
        var lower = word.ToLowerInvariant();
        var group = aliases.GroupOf(lower);
        return new QueryTerm(lower, StemOf(lower), group, isName)
        {
            OtherFormStems = isName && group is null ? [.. AliasTable.PeopleAndPlaceForms(lower).Select(StemOf)] : [],
        };
    }

    public string StemOf(string word) => stemmer.Stem(Bare(word));

    /// <summary>The word in lower case without a possessive: "Russia's" is Russia.</summary>
    private static string Bare(string word)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        return lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }

    public bool Mentions(TextTerms text, QueryTerm term)
    {
        if (term.AliasGroup is { } group && text.AliasGroups.Contains(group))
        {
            return true;
        }

        return term.IsName ? WrittenAlike(text, term) : concepts.Mentions(text.Stems, term.Stem);
    }

    /// <summary>
    /// A body's name of three words or more is in a text that writes its initials: a story spells out "the Westmark
    /// Competition Authority (WCA)" once and then quotes "WCA chair Oren Talbot", who chairs the body the question names
    /// in full. The text's reading holds the initials of any name it spells out, so the two readings meet.
    /// </summary>
    /// <param name="names">The question's names in the order it gives them: any three or more in a row may be one body's.</param>
    public bool MentionsByInitials(TextTerms text, IReadOnlyList<QueryTerm> names)
    {
        for (var first = 0; first < names.Count; first++)
        {
            var initials = string.Empty;
            for (var next = first; next < names.Count && names[next].IsName; next++)
            {
                initials += names[next].Word[0];
                if (initials.Length >= 3 && text.WordsByStem.TryGetValue(StemOf(initials), out var written) && written.Contains(initials, StringComparer.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A name is in the text when a word of its stem ends past the stem as the name does, or the name as the word does
    /// ("Russia's", "Olympic" for "Olympics", "Özil" for "Ozil"): a stemmer joins "Federer" and "federation", whose
    /// endings ("er", "ation") say they name different things. The endings are compared, not the words, because the
    /// stem is of the word without its accents.
    /// </summary>
    private static bool WrittenAlike(TextTerms text, QueryTerm term)
    {
        if (!text.WordsByStem.TryGetValue(term.Stem, out var written))
        {
            // "Kestra's own judoka" names the Kestran judoka: a country and its people, written as the other.
            return term.OtherFormStems.Any(text.WordsByStem.ContainsKey);
        }

        // Read for every name of a question in every sentence of its leading stories: compared in place, not copied.
        var name = term.Word.AsSpan();
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        var ending = Ending(name, term.Stem);
        foreach (var word in written)
        {
            var other = Ending(word, term.Stem);
            if (other.StartsWith(ending, StringComparison.Ordinal) || ending.StartsWith(other, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Ending(ReadOnlySpan<char> word, string stem) => word.Length > stem.Length ? word[stem.Length..] : [];

    /// <summary>The other names of a single word ("Individual Neutral Athletes" for "AINs"); empty when it is none.</summary>
    public IReadOnlyList<string> NamesOf(string word) => aliases.NamesOf(word);

    /// <summary>The same word, or two words of one concept ("medals" and "gold").</summary>
    public bool SameWord(string stem, string otherStem) => concepts.SameConcept(stem, otherStem);

    /// <summary>Share of <paramref name="terms"/> the text mentions; 1 when there are none to find.</summary>
    /// <param name="orOpposite">A word of the opposite concept counts too: a yes/no question is answered by "no" ("banned" for "allowed").</param>
    public double Coverage(IReadOnlyCollection<QueryTerm> terms, TextTerms text, bool orOpposite = false) =>
        terms.Count == 0 ? 1 : (double)terms.Count(t => Mentions(text, t) || (orOpposite && !t.IsName && concepts.MentionsOpposite(text.Stems, t.Stem))) / terms.Count;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();

    /// <summary>
    /// Capitalised words in a row on one line, with "of", "for", "and" or "the" between them, after any "The" that
    /// opens it. Not across a line: a headline ending "…of Valdonian Basketball Federation" above "The Valdonian
    /// Basketball Federation's board…" had run the two into one name, whose initials were no longer the VBF's.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?!The\b)\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:(?:of|for|and|the)[^\S\n]+)*\p{Lu}[\p{L}'’-]*)+")]
    private static partial Regex SpelledOutName();
}
