using System.Text.RegularExpressions;

namespace SportsBot.Core.Knowledge;

/// <summary>Splits prose into sentences without breaking on common abbreviations, initials or decimals.</summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "v", "no", "gen", "col", "lt", "sgt", "prof", "inc", "ltd", "co",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "etc",

        // "Semenya c. Suisse": French and Spanish write "c." for "contre" in a case's name.
        "c",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var start = 0;
            foreach (Match boundary in Boundary().Matches(paragraph))
            {
                var candidate = paragraph[start..boundary.Index];
                if (EndsWithAbbreviation(candidate))
                {
                    continue;
                }

                Add(sentences, candidate);
                start = boundary.Index + boundary.Length;
            }

            Add(sentences, paragraph[start..]);
        }

        return sentences;
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var s = candidate.Trim();
        if (s.Length > 0)
        {
            sentences.Add(s);
        }
    }

    private static bool EndsWithAbbreviation(string candidate)
    {
        var trimmed = candidate.TrimEnd('.', ' ');
        var lastSpace = trimmed.LastIndexOf(' ');
        var lastWord = trimmed[(lastSpace + 1)..].TrimStart('(', '"', '\'');
        // Single capital letters are initials ("Viktor G. Lukashenko").
        return Abbreviations.Contains(lastWord) || (lastWord.Length == 1 && char.IsUpper(lastWord[0]));
    }

    // End punctuation, optional closing quote/bracket, whitespace, then something that can start a sentence.
    [GeneratedRegex(@"(?<=[.!?][""'”’)\]]?)\s+(?=[\p{Lu}\p{N}""'“‘(\[])")]
    private static partial Regex Boundary();
}
