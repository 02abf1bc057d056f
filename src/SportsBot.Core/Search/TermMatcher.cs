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

    public TextTerms Read(string text) => new(StemsOf(text), aliases.GroupsIn(text));

    /// <summary>
    /// The text read only for what <see cref="Mentions"/> asks about <paramref name="terms"/>: of the ~70 alias groups
    /// it looks for the terms' own, which is most of the cost of reading every passage and sentence of a question.
    /// </summary>
    public TextTerms Read(string text, IEnumerable<QueryTerm> terms) =>
        new(StemsOf(text), aliases.GroupsIn(text, terms.Select(t => t.AliasGroup).OfType<int>().ToHashSet()));

    private IReadOnlySet<string> StemsOf(string text)
    {
        if (_stems.TryGetValue(text, out IReadOnlySet<string>? known) && known is not null)
        {
            return known;
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(ConceptTable.WithPhrasesJoined(text)))
        {
            stems.Add(StemOf(m.Value));
        }

        _stems.Set<IReadOnlySet<string>>(text, stems, new MemoryCacheEntryOptions { Size = 1 });
        return stems;
    }

    /// <summary>Forgets every text read; <c>eval</c> does so before each question so every retriever is timed cold.</summary>
    public void Forget() => _stems.Clear();

    public void Dispose() => _stems.Dispose();

    public QueryTerm Term(string word, bool isName)
    {
        var lower = word.ToLowerInvariant();
        return new QueryTerm(lower, StemOf(lower), aliases.GroupOf(lower), isName);
    }

    public string StemOf(string word)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        // "Russia's" is Russia; a possessive is not part of the word.
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        return stemmer.Stem(lower);
    }

    public bool Mentions(TextTerms text, QueryTerm term)
    {
        if (term.AliasGroup is { } group && text.AliasGroups.Contains(group))
        {
            return true;
        }

        return term.IsName ? text.Stems.Contains(term.Stem) : concepts.Mentions(text.Stems, term.Stem);
    }

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
}
