using Lucene.Net.Tartarus.Snowball.Ext;

namespace SportsBot.Infrastructure.Search;

/// <summary>
/// Tells whether a text holds a phrase the way the FTS5 index (Porter stems, case-folded) would match it, without
/// asking the index: re-ranking a few hundred candidates by a common word must not read that word's whole posting
/// list. Only the words that could share a stem with the phrase are stemmed.
/// </summary>
internal sealed class StemmedText
{
    private readonly PorterStemmer _stemmer = new();
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);

    /// <summary>The stems of a phrase's words, in order.</summary>
    public string[] StemsOf(string phrase) => [.. Words(phrase).Select(Stem)];

    /// <summary>True when <paramref name="words"/> (from <see cref="Words"/>) hold <paramref name="stems"/> one after another.</summary>
    public bool Contains(IReadOnlyList<string> words, string[] stems)
    {
        if (stems.Length == 0)
        {
            return false;
        }

        var run = 0;
        foreach (var word in words)
        {
            run = Matches(word, stems[run]) ? run + 1 : Matches(word, stems[0]) ? 1 : 0;
            if (run == stems.Length)
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(string word, string stem)
    {
        // A stem may end differently from its words ("agenc-i-es" → "agenc"); all but its last letter is a prefix.
        var prefix = stem.Length > 1 ? stem.AsSpan(0, stem.Length - 1) : stem.AsSpan();
        return word.AsSpan().StartsWith(prefix, StringComparison.Ordinal) && Stem(word) == stem;
    }

    private string Stem(string word)
    {
        if (!_stems.TryGetValue(word, out var stem))
        {
            _stemmer.SetCurrent(word);
            _stemmer.Stem();
            stem = _stemmer.Current;
            _stems[word] = stem;
        }

        return stem;
    }

    /// <summary>The lower-case words of a text, as the index's tokenizer splits it.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
