using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Extraction;

/// <summary>
/// The text of a page the readability extractor gave up on, which is what a short news brief looks like to it
/// (its default wants about 500 characters): the &lt;article&gt; or &lt;main&gt; element's paragraphs, else its
/// text, else the page's description. Null only when the page has no real text at all.
/// </summary>
internal static class MainTextFallback
{
    /// <summary>Fewer words than this is a caption or a button, not text; the ingest pipeline judges the rest.</summary>
    private const int MinimumWords = 3;

    private const string Noise = "script, style, noscript, nav, aside, figure, figcaption, form, button, header, footer";

    public static string? Read(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        foreach (var selector in new[] { "article", "main", "[role=main]" })
        {
            if (doc.QuerySelector(selector) is not { } element)
            {
                continue;
            }

            foreach (var noise in element.QuerySelectorAll(Noise).ToList())
            {
                noise.Remove();
            }

            var paragraphs = element.QuerySelectorAll("p").Select(p => TextNormalizer.CollapseWhitespace(p.TextContent)).Where(t => t.Length > 0).ToList();
            var text = paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : TextNormalizer.CollapseWhitespace(element.TextContent);
            if (HasRealText(text))
            {
                return text;
            }
        }

        var description = Meta(doc, "og:description") ?? Meta(doc, "description");
        return description is not null && HasRealText(description) ? TextNormalizer.CollapseWhitespace(description) : null;
    }

    private static bool HasRealText(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWords;

    private static string? Meta(IDocument doc, string key) =>
        doc.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");
}
