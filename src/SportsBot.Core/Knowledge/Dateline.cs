using System.Globalization;
using System.Text.RegularExpressions;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// The line under a copied news page's headline that dates it: "By Sigrid Moll | 5 August 2025", "Published 12 March
/// 2025", "Tuesday 4 February 2025". A short line that carries a full date and is not a sentence is the page's date,
/// not news: read as the article's date, it lets answers say "as of" and order the story among others, and it is kept
/// out of the text answers quote.
/// </summary>
public static partial class Dateline
{
    /// <summary>Words beside the date, at most: a byline's name, "Published", a weekday, an outlet.</summary>
    private const int MaxOtherWords = 8;

    /// <summary>The date the line gives, when the line is a dateline; null for a headline, a caption or a sentence.</summary>
    public static DateOnly? Read(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text[^1] is '.' or '?' or '!' || FullDate().Match(text) is not { Success: true } date)
        {
            return null;
        }

        var others = Word().Count(text.Remove(date.Index, date.Length));
        return others <= MaxOtherWords && TryParse(date.Value, out var published) ? published : null;
    }

    /// <summary>
    /// The outlet a byline names beside its author and date ("By Tomas Reinholt, The Grandmaster Gazette, 26 November
    /// 2024", "By Sigrid Moll | Aldervik Today | 5 August 2025"); null when the line names none ("By Sigrid Moll | 5
    /// August 2025", "Published 12 March 2025"). Only a byline: a line that does not open with "By" names no outlet.
    /// </summary>
    public static string? Outlet(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith("By ", StringComparison.Ordinal) || FullDate().Match(text) is not { Success: true } date)
        {
            return null;
        }

        var parts = Separator().Split(text.Remove(date.Index, date.Length)).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // The first part is the author; of the rest, a weekday or "Published" is no outlet.
        var outlets = parts.Skip(1).Where(p => char.IsUpper(p[0]) && !NotAnOutlet().IsMatch(p)).ToList();
        return outlets is [var outlet] ? outlet : null;
    }

    [GeneratedRegex(@"\s*[,|•·]\s*|\s+[–—-]\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:Published|Updated|Posted|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnOutlet();

    private static bool TryParse(string value, out DateOnly date)
    {
        string[] formats = ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(value.Replace(".", string.Empty, StringComparison.Ordinal), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    [GeneratedRegex(@"\b(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
