using System.Text.RegularExpressions;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How <see cref="EvidenceFinder"/> finds the two stories a question that links them is about.</summary>
public sealed partial class EvidenceFinder
{
    /// <summary>
    /// Two of the first three retrieved stories that name the question's names between them ("Anna Berg" in one, "the
    /// Lakeside Games" in the other), neither naming them all, by rank, and tell one matter or the two matters the
    /// question asks about side by side; otherwise none. A story that names them all answers in their place only if it
    /// answers at all (<see cref="EvidenceFinder"/> drops the pair then): a brief that names every team at the World
    /// Cup in passing does not.
    /// </summary>
    private HashSet<int> PairNamingAll(string question, List<QueryTerm> names, List<TextTerms> sources, List<RetrievedPassage> passages)
    {
        if (names.Count < 2)
        {
            return [];
        }

        for (var a = 0; a < Math.Min(3, sources.Count); a++)
        {
            for (var b = a + 1; b < Math.Min(3, sources.Count); b++)
            {
                if (!NamesAll(names, sources[a]) && !NamesAll(names, sources[b])
                    && names.All(n => matcher.Mentions(sources[a], n) || matcher.Mentions(sources[b], n))
                    && (ShareSomebody(passages[a].Article, passages[b].Article, names) || AsksSideBySide(question, names, sources[a], sources[b])))
                {
                    return [a, b];
                }
            }
        }

        return [];
    }

    private bool NamesAll(List<QueryTerm> names, TextTerms source) => names.All(n => matcher.Mentions(source, n));

    /// <summary>
    /// The question joins what one story names to what the other names with "and" ("Were Anna Berg and the Zembla Open
    /// players banned?"): it asks about each, and each story answers its part. "Did Kharlan play at
    /// Wimbledon?" links its names instead, and two stories that name one each do not answer it between them.
    /// </summary>
    private bool AsksSideBySide(string question, List<QueryTerm> names, TextTerms a, TextTerms b)
    {
        var onlyA = names.Where(n => matcher.Mentions(a, n) && !matcher.Mentions(b, n)).ToList();
        var onlyB = names.Where(n => matcher.Mentions(b, n) && !matcher.Mentions(a, n)).ToList();
        foreach (Match and in And().Matches(question))
        {
            var (before, after) = (matcher.Read(question[..and.Index], names), matcher.Read(question[(and.Index + and.Length)..], names));
            if ((onlyA.Any(n => matcher.Mentions(before, n)) && onlyB.Any(n => matcher.Mentions(after, n)))
                || (onlyB.Any(n => matcher.Mentions(before, n)) && onlyA.Any(n => matcher.Mentions(after, n))))
            {
                return true;
            }
        }

        return false;
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

    [GeneratedRegex(@"\band\b", RegexOptions.IgnoreCase)]
    private static partial Regex And();
}
