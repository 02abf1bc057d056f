using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Cleans article text before chunking. News pages repeat photo captions (often twice in a row, ending in a
/// photo credit); left in, they would be chunked, embedded and quoted as if they were reporting.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Returns paragraphs separated by one blank line, with captions, repeated lines and extra whitespace removed.</summary>
    public static string Normalize(string body)
    {
        var lines = body.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(CollapseWhitespace)
            .ToList();

        var counts = lines.Where(l => l.Length > 0)
            .GroupBy(l => l, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (kept.Count > 0 && kept[^1].Length > 0)
                {
                    kept.Add(string.Empty);
                }

                continue;
            }

            // A line seen more than once is page furniture (caption, share bar, "Read more"), never reporting.
            if (counts[line] > 1 || IsPhotoCaption(line))
            {
                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept).Trim();
    }

    /// <summary>Hash of the text with case and whitespace folded, so a re-pasted copy of an article is recognised.</summary>
    public static string ContentHash(string normalizedBody)
    {
        var folded = CollapseWhitespace(normalizedBody.Replace('\n', ' ')).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }

    public static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>
    /// A caption says what a picture shows, not what happened: "Photo: Harwick Rovers' Eastgate stadium." is no
    /// statement about the stadium, however well it matches a question about it.
    /// </summary>
    public static bool IsPhotoCaption(string line) => line.Length < 300 && (PhotoCredit().IsMatch(line) || PhotoLabel().IsMatch(line));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // "… ©Getty Images", "… © Reuters", "(Photo: AFP)" at the end of a short line.
    [GeneratedRegex(@"(©\s*[\p{L}\p{N} .&'-]{2,40}|\((Photo|Picture|Image)s?:[^)]{2,60}\))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    // "Photo: …", "Pictured: …", "Caption – …" at the start of a line.
    [GeneratedRegex(@"^(?:photo|picture|image|pictured|caption|main image|top image)s?\s*[:|–—-]\s", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoLabel();
}
