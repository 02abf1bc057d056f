using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Extraction;

/// <summary>
/// Main article text from an HTML page with SmartReader (a port of Mozilla's Readability); title, outlet,
/// date, canonical link and language from the page's own metadata first. When SmartReader gives up (a short
/// brief is below its length threshold), the page's &lt;article&gt; or &lt;main&gt; text or its description is used.
/// </summary>
public sealed class SmartReaderHtmlExtractor : IHtmlTextExtractor
{
    public ArticleDraft Extract(string html, string? url)
    {
        var meta = HtmlMetadataReader.Read(html);
        var reader = new SmartReader.Reader(url ?? "https://localhost/article", html);
        var article = reader.GetArticle();
        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent)
            ? article.TextContent.Trim()
            : MainTextFallback.Read(html) ?? throw new InvalidArticleException("The page has no readable article text.");

        return new ArticleDraft(
            Key: null,
            Title: meta.Title ?? (string.IsNullOrWhiteSpace(article.Title) ? "Untitled article" : article.Title.Trim()),
            Url: meta.CanonicalUrl ?? url,
            Source: meta.SiteName ?? (string.IsNullOrWhiteSpace(article.SiteName) ? SiteFromUrl(url) : article.SiteName.Trim()),
            Published: meta.Published,
            Language: meta.Language ?? (string.IsNullOrWhiteSpace(article.Language) ? "en" : article.Language.Trim()),
            Body: text);
    }

    private static string SiteFromUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", string.Empty, StringComparison.OrdinalIgnoreCase) : ArticleParser.UnknownSource;
}
