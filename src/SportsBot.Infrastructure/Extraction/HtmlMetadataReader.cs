using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SportsBot.Infrastructure.Extraction;

/// <summary>
/// Reads title, outlet, publication date, canonical link and language from a page's markup: Open Graph and
/// article meta tags, JSON-LD (schema.org NewsArticle), then &lt;time datetime&gt;. A page that states no date
/// gets none; the date of fetching is never passed off as the date of publication.
/// </summary>
public static class HtmlMetadataReader
{
    public static HtmlMetadata Read(IHtmlDocument doc)
    {
        var jsonLd = doc.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => TryParseJson(s.TextContent))
            .Where(j => j is not null)
            .Select(j => j!)
            .ToList();

        var published = FirstDate(
            Meta(doc, "article:published_time"),
            jsonLd.Select(j => FindString(j.RootElement, "datePublished")).FirstOrDefault(s => s is not null),
            doc.QuerySelector("article time[datetime]")?.GetAttribute("datetime"),
            doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            Meta(doc, "date"),
            Meta(doc, "pubdate"));

        var siteName = Meta(doc, "og:site_name")
            ?? jsonLd.Select(j => j.RootElement.ValueKind == JsonValueKind.Object && j.RootElement.TryGetProperty("publisher", out var p) ? FindString(p, "name") : null).FirstOrDefault(s => s is not null);

        var canonical = doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta(doc, "og:url");
        foreach (var j in jsonLd)
        {
            j.Dispose();
        }

        return new HtmlMetadata(
            Clean(Meta(doc, "og:title") ?? doc.Title),
            Clean(siteName),
            published,
            canonical is not null && Uri.TryCreate(canonical, UriKind.Absolute, out var c) && c.Scheme is "http" or "https" ? c.ToString() : null,
            Clean(doc.DocumentElement.GetAttribute("lang")));
    }

    private static string? Meta(IDocument doc, string key) =>
        doc.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private static DateOnly? FirstDate(params string?[] candidates)
    {
        foreach (var value in candidates)
        {
            if (!string.IsNullOrWhiteSpace(value)
                && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                && parsed.Year is > 1990 and < 2200)
            {
                return DateOnly.FromDateTime(parsed.UtcDateTime);
            }
        }

        return null;
    }

    private static JsonDocument? TryParseJson(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Depth-first search for a string property: JSON-LD nests articles in @graph arrays and wrappers.</summary>
    private static string? FindString(JsonElement element, string name, int depth = 0)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindString(property.Value, name, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindString(item, name, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
