namespace SportsBot.Core.Knowledge;

/// <summary>Turns an HTML page into its main article text and metadata (readability-style).</summary>
public interface IHtmlTextExtractor
{
    ArticleDraft Extract(string html, string? url);
}
