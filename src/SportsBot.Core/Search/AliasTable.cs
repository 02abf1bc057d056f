using System.Text.RegularExpressions;

namespace SportsBot.Core.Search;

/// <summary>
/// Names that mean the same body or event. Articles say "the IOC" in one paragraph and "the International
/// Olympic Committee" in the next; fans use either. A question naming one form also searches the others.
/// </summary>
public sealed partial class AliasTable
{
    private readonly List<(Regex Pattern, string[] Group)> _groups;

    public AliasTable()
        : this(DefaultGroups)
    {
    }

    public AliasTable(IEnumerable<string[]> groups)
    {
        _groups = groups
            .Select(g => (new Regex(@"(?<![\p{L}\p{N}])(" + string.Join('|', g.OrderByDescending(x => x.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), g))
            .ToList();
    }

    /// <summary>The other names of every group the text mentions (the forms already in the text are not repeated).</summary>
    public IReadOnlyList<string> Expand(string text)
    {
        var extra = new List<string>();
        foreach (var (pattern, group) in _groups)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                extra.AddRange(group.Where(alias => !string.Equals(alias, match.Value, StringComparison.OrdinalIgnoreCase)));
            }
        }

        return extra;
    }

    /// <summary>The group a single word is a name of ("ROC", "Belarusians"), if any.</summary>
    public int? GroupOf(string word)
    {
        for (var i = 0; i < _groups.Count; i++)
        {
            if (_groups[i].Group.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Every name of the group a single word is a name of ("Individual Neutral Athletes" for "AINs"); empty when it is none.</summary>
    public IReadOnlyList<string> NamesOf(string word) => GroupOf(word) is { } group ? _groups[group].Group : [];

    public bool IsNation(int group) => Nations.Contains(_groups[group].Group[0]);

    /// <summary>The name in <paramref name="group"/> of the same form as <paramref name="like"/>: "Belarusian" for "Russian", "Belarusians" for "Russians".</summary>
    public string? SameFormIn(int group, string like)
    {
        var names = _groups[group].Group;
        var plural = like.EndsWith('s') && !like.EndsWith("ss", StringComparison.Ordinal);
        var adjective = like.EndsWith("an", StringComparison.OrdinalIgnoreCase) || like.EndsWith("ans", StringComparison.OrdinalIgnoreCase)
            || like.EndsWith("ish", StringComparison.OrdinalIgnoreCase) || like.EndsWith("ese", StringComparison.OrdinalIgnoreCase);
        return names.FirstOrDefault(n => !n.Contains(' ') && adjective == (n.EndsWith("an", StringComparison.OrdinalIgnoreCase) || n.EndsWith("ans", StringComparison.OrdinalIgnoreCase) || n.EndsWith("ish", StringComparison.OrdinalIgnoreCase) || n.EndsWith("ese", StringComparison.OrdinalIgnoreCase)) && plural == n.EndsWith('s'))
            ?? names.FirstOrDefault(n => !n.Contains(' ') && adjective == (n.EndsWith("an", StringComparison.OrdinalIgnoreCase) || n.EndsWith("ans", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The forms a country's name and its people's take of each other, for a country no group lists: "kestra" and
    /// "kestras" for "Kestran", "tessaly" and "tessalia" for "Tessalian"; "kestran" and "kestrian" for "Kestra"; "marvessan"
    /// for "Marvesse" and back.
    /// Lower case; a guess at the other spelling, so only a word written in the text can confirm it.
    /// </summary>
    public static IReadOnlyList<string> PeopleAndPlaceForms(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 4)
        {
            return [];
        }

        var people = w.EndsWith('s') ? w[..^1] : w;
        if (people.EndsWith("ian", StringComparison.Ordinal))
        {
            return [people[..^1], people[..^3] + "y", people[..^3], people[..^3] + "e"];
        }

        // Not a short name ending so: "Ivan" is nobody's "Iva" or "Ivo".
        if (people.EndsWith("an", StringComparison.Ordinal) && people.Length >= 6)
        {
            return [people[..^1], people[..^2] + "o", people[..^2] + "e"];
        }

        return people.EndsWith("an", StringComparison.Ordinal) ? [] : w.EndsWith('y') ? [w[..^1] + "ian"] : w.EndsWith('a') ? [w + "n"] : w.EndsWith('o') ? [w[..^1] + "an"]
            : w.EndsWith('e') ? [w[..^1] + "an", w[..^1] + "ian"] : [w + "ian"];
    }

    /// <summary>Every group the text names in any of its forms; only those of <paramref name="among"/> when given.</summary>
    public IReadOnlySet<int> GroupsIn(string text, IReadOnlySet<int>? among = null)
    {
        var found = new HashSet<int>();
        for (var i = 0; i < _groups.Count; i++)
        {
            if ((among is null || among.Contains(i)) && _groups[i].Pattern.IsMatch(text))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>True when the text names any member of the group that <paramref name="term"/> belongs to.</summary>
    public bool MentionsAnyForm(string text, string term)
    {
        foreach (var (pattern, group) in _groups)
        {
            if (group.Contains(term, StringComparer.OrdinalIgnoreCase))
            {
                return pattern.IsMatch(text);
            }
        }

        return text.Contains(term, StringComparison.OrdinalIgnoreCase);
    }
}
