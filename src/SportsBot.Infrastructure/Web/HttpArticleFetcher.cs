using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Web;

/// <summary>Fetches a link through the guarded fetcher and reads the article out of the page.</summary>
public sealed class HttpArticleFetcher(GuardedFetcher fetcher, IHtmlTextExtractor extractor) : IArticleFetcher
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    public async Task<ArticleDraft> FetchAsync(string url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(url, HtmlTypes, etag: null, lastModified: null, cancellationToken);
        try
        {
            var draft = await extractor.ExtractAsync(page.Text, page.FinalUri.ToString(), cancellationToken);
            return draft with { Key = null };
        }
        catch (InvalidArticleException ex)
        {
            throw new InvalidArticleException($"{LinkCredentials.Strip(url)}: {ex.Message}");
        }
    }
}
