using System.Collections.Concurrent;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Tartarus.Snowball.Ext;
using SportsBot.Core.Search;

namespace SportsBot.Infrastructure.Text;

/// <summary>
/// The Snowball (Porter 2) English stemmer from Lucene.Net, the one its English analyzer uses, after reading an
/// irregular past form as its verb (<see cref="IrregularVerbs"/>): "wrote" and "write" stem alike.
/// </summary>
public sealed class SnowballWordStemmer : IWordStemmer
{
    /// <summary>Stems of a news vocabulary fit easily; past this the cache stops growing rather than evicting.</summary>
    private const int MaxCachedWords = 100_000;

    [ThreadStatic]
    private static EnglishStemmer? _stemmer;

    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    public string Stem(string word)
    {
        if (_stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        // The Snowball stemmer keeps state between calls: one per thread.
        var stemmer = _stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(IrregularVerbs.Base(WithoutAccents(word)));
        stemmer.Stem();
        stem = stemmer.Current;
        if (_stems.Count < MaxCachedWords)
        {
            _stems.TryAdd(word, stem);
        }

        return stem;
    }

    /// <summary>Fans type "Ozil" and "fiancee", articles "Özil" and "fiancée": both stem alike, as the keyword index folds them too.</summary>
    private static string WithoutAccents(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word;
        }

        // Folding can turn one letter into several ("æ" into "ae").
        var folded = new char[word.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(word.ToCharArray(), 0, folded, 0, word.Length);
        return new string(folded, 0, length);
    }
}
