using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Extraction;

/// <summary>Main article text and metadata from an HTML page, with SmartReader (a port of Mozilla's Readability).</summary>
public sealed class SmartReaderHtmlExtractor : IHtmlTextExtractor
{
    public ArticleDraft Extract(string html, string? url)
    {
        var reader = new SmartReader.Reader(url ?? "https://localhost/article", html);
        var article = reader.GetArticle();
        var text = article.TextContent?.Trim();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidArticleException("The page has no readable article text.");
        }

        var published = article.PublicationDate is { } d && d.Year > 1990 ? DateOnly.FromDateTime(d) : (DateOnly?)null;
        return new ArticleDraft(
            Key: null,
            Title: string.IsNullOrWhiteSpace(article.Title) ? "Untitled article" : article.Title.Trim(),
            Url: url,
            Source: string.IsNullOrWhiteSpace(article.SiteName) ? ArticleParser.UnknownSource : article.SiteName.Trim(),
            Published: published,
            Language: string.IsNullOrWhiteSpace(article.Language) ? "en" : article.Language.Trim(),
            Body: text);
    }
}
