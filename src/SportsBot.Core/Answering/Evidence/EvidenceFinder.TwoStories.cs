using System.Text.RegularExpressions;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How <see cref="EvidenceFinder"/> finds the two stories a question that links them is about.</summary>
public sealed partial class EvidenceFinder
{
    /// <summary>
    /// When no retrieved story names all the question's names, two of the first three that name them between them
    /// ("Anna Berg" in one, "the Lakeside Games" in the other), by rank; otherwise none.
    /// </summary>
    private HashSet<int> PairNamingAll(List<QueryTerm> names, List<TextTerms> sources, List<RetrievedPassage> passages)
    {
        if (names.Count < 2 || sources.Any(s => names.All(n => matcher.Mentions(s, n))))
        {
            return [];
        }

        for (var a = 0; a < Math.Min(3, sources.Count); a++)
        {
            for (var b = a + 1; b < Math.Min(3, sources.Count); b++)
            {
                if (names.All(n => matcher.Mentions(sources[a], n) || matcher.Mentions(sources[b], n)) && ShareSomebody(passages[a].Article, passages[b].Article, names))
                {
                    return [a, b];
                }
            }
        }

        return [];
    }

    /// <summary>
    /// Two stories tell one matter when they name somebody in common whom the question does not name (the fencer both
    /// the handshake story and the Games round-up name): a story on Kharlan and one on Wimbledon do not answer "Did
    /// Kharlan play at Wimbledon?" between them.
    /// </summary>
    private static bool ShareSomebody(Article a, Article b, List<QueryTerm> names)
    {
        var surnames = FactSpotter.Surnames(a.Body).Concat(FactSpotter.Surnames(b.Body))
            .Where(surname => !names.Any(n => n.Word.Equals(surname, StringComparison.OrdinalIgnoreCase)))
            .ToHashSet(StringComparer.Ordinal);
        return surnames.Any(surname => Said(a.Body, surname) && Said(b.Body, surname));

        static bool Said(string text, string word) => Regex.IsMatch(text, $@"\b{Regex.Escape(word)}\b");
    }
}
