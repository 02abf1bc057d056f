using System.Diagnostics;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Extraction;

/// <summary>
/// Main article text from an HTML page with SmartReader (a port of Mozilla's Readability); title, outlet,
/// date, canonical link and language from the page's own metadata first. When SmartReader gives up (a short
/// brief is below its length threshold), the page's &lt;article&gt; or &lt;main&gt; text or its description is used.
/// Pages come from anyone who can post a link or attach a file, so the work is bounded before parsing
/// (<see cref="HtmlShape"/>) and in time.
/// </summary>
public sealed class SmartReaderHtmlExtractor(IOptions<KnowledgeOptions> options) : IHtmlTextExtractor
{
    public async Task<ArticleDraft> ExtractAsync(string html, string? url, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var shape = HtmlShape.Measure(html, limits.MaxHtmlDepth, limits.MaxHtmlElements);
        if (shape.Depth > limits.MaxHtmlDepth)
        {
            throw new InvalidArticleException(
                $"The page nests its elements more than {limits.MaxHtmlDepth} deep (an article page needs a few dozen levels), so it is not read.");
        }

        if (shape.Elements > limits.MaxHtmlElements)
        {
            throw new InvalidArticleException($"The page has more than {limits.MaxHtmlElements:N0} elements (an article page has a few thousand), so it is not read.");
        }

        // SmartReader looks at the token only between its passes: the caller stops waiting at the deadline, and the
        // abandoned pass, bounded by the limits above, ends by itself soon after. The page gets its own thread and
        // its clock starts when reading does: on a busy host, time spent waiting for a pool thread is not the page's.
        var limit = TimeSpan.FromSeconds(limits.ExtractionTimeoutSeconds);
        var started = 0L;
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = budget.Token;
        var work = Task.Factory.StartNew(
            () =>
            {
                Volatile.Write(ref started, Stopwatch.GetTimestamp());
                budget.CancelAfter(limit);
                return ReadAsync(html, url, deadline);
            },
            deadline,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap();
        _ = work.ContinueWith(t => { _ = t.Exception; budget.Dispose(); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            var draft = await work.WaitAsync(deadline);

            // On a starved thread pool the deadline's timer can fire after the work is done; the clock still decides.
            return Stopwatch.GetElapsedTime(Volatile.Read(ref started)) <= limit ? draft : throw TookTooLong(limits.ExtractionTimeoutSeconds);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TookTooLong(limits.ExtractionTimeoutSeconds);
        }
    }

    private static InvalidArticleException TookTooLong(int seconds) =>
        new($"Reading the page took longer than {seconds} second{(seconds == 1 ? string.Empty : "s")}, so it is not read.");

    private static async Task<ArticleDraft> ReadAsync(string html, string? url, CancellationToken cancellationToken)
    {
        var document = await new HtmlParser().ParseDocumentAsync(html, cancellationToken);
        var meta = HtmlMetadataReader.Read(document);
        DropForeignContent(document);
        using var reader = new SmartReader.Reader(url ?? "https://localhost/article", document);
        var article = await reader.GetArticleAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
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

    /// <summary>Inline SVG icons and MathML hold no article text but can be most of a page's elements, which is what
    /// makes readability slow; <see cref="HtmlShape"/> does not count them for the same reason.</summary>
    private static void DropForeignContent(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll("svg, math").ToList())
        {
            element.Remove();
        }
    }

    private static string SiteFromUrl(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", string.Empty, StringComparison.OrdinalIgnoreCase) : ArticleParser.UnknownSource;
}
