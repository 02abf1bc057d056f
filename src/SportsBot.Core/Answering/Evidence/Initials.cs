using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>
/// A body's initials in a question ("VBF") read as the name a story spells them out as ("the Valdonian Basketball
/// Federation (VBF)"): a later story that writes out the name and never uses the initials ("The Valdonian Basketball
/// Federation's board has named…") names the body the question asks about.
/// </summary>
public static partial class Initials
{
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "for", "and", "the", "de" };

    /// <summary>Each of the question's words that may be initials, with the name one of the texts gives it in brackets.</summary>
    public static Dictionary<string, string> SpelledOut(IEnumerable<string> questionNames, IEnumerable<string> texts)
    {
        var spelled = new Dictionary<string, string>(StringComparer.Ordinal);
        var asked = questionNames.Select(n => n.ToUpperInvariant()).Where(w => w.Length is >= 2 and <= 6 && w.All(char.IsAsciiLetter)).ToHashSet(StringComparer.Ordinal);
        foreach (var text in asked.Count == 0 ? [] : texts)
        {
            foreach (Match given in NameWithInitials().Matches(text))
            {
                var initials = given.Groups["initials"].Value;
                if (asked.Contains(initials) && !spelled.ContainsKey(initials) && NameSpelling(given.Groups["name"].Value, initials) is { } name)
                {
                    spelled[initials] = name;
                }
            }
        }

        return spelled;
    }

    /// <summary>The text with the initials after it when it writes out their name without them.</summary>
    public static string AddedTo(string text, IReadOnlyDictionary<string, string> spelled)
    {
        foreach (var (initials, name) in spelled)
        {
            if (text.Contains(name, StringComparison.OrdinalIgnoreCase) && !text.Contains(initials, StringComparison.Ordinal))
            {
                text = $"{text}\n{initials}";
            }
        }

        return text;
    }

    /// <summary>The last capitalised words before the brackets whose first letters spell the initials ("of" and "for" may join them).</summary>
    private static string? NameSpelling(string words, string initials)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = parts.Length;
        var letters = string.Empty;
        while (start > 0 && letters.Length < initials.Length)
        {
            var word = parts[--start];
            if (!NameJoiners.Contains(word))
            {
                letters = char.ToUpperInvariant(word[0]) + letters;
            }
        }

        return letters == initials ? string.Join(' ', parts[start..]) : null;
    }

    [GeneratedRegex(@"(?<name>(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|de)\s+)?){1,8})\((?<initials>\p{Lu}{2,6})\)")]
    private static partial Regex NameWithInitials();
}
