namespace SportsBot.Core.Knowledge;

/// <summary>Turns an HTML page into its main article text and metadata (readability-style).</summary>
public interface IHtmlTextExtractor
{
    /// <summary>Refuses, with an <see cref="InvalidArticleException"/> that says why, a page too deep, too large or too
    /// slow to read within the configured limits.</summary>
    Task<ArticleDraft> ExtractAsync(string html, string? url, CancellationToken cancellationToken);
}
