using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Web;

/// <summary>
/// Owns the HTTP of fetching links: scheme and address checks on every hop, at most N redirects, a timeout,
/// a size cap enforced while reading, and accepted content types. Failures become
/// <see cref="InvalidArticleException"/>s with messages a moderator can act on.
/// </summary>
public sealed class GuardedFetcher(IHttpClientFactory clients, INetworkPolicy policy, IOptions<KnowledgeOptions> options)
{
    public const string HttpClientName = "guarded";

    private readonly KnowledgeOptions _options = options.Value;

    public async Task<FetchedResource> FetchAsync(
        string url,
        IReadOnlyCollection<string> acceptedMediaTypes,
        string? etag,
        DateTimeOffset? lastModified,
        CancellationToken cancellationToken)
    {
        // Credentials in a link are neither sent nor repeated in any refusal below.
        url = LinkCredentials.Strip(url);
        var uri = ParseLink(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.FetchTimeoutSeconds));

        for (var hop = 0; ; hop++)
        {
            // An address written into the link (or a redirect) is refused before any packet is sent to it;
            // host names are checked on the address actually connected to (GuardedHttpHandler).
            if (IPAddress.TryParse(uri.IdnHost, out var literal) && !policy.IsAllowed(literal))
            {
                throw new InvalidArticleException($"{url}: refused, {uri.Host} is a private or local network address.");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.UserAgent.ParseAdd("SportsBot/1.0 (+knowledge-base fetcher)");
            request.Headers.Accept.ParseAdd(string.Join(", ", acceptedMediaTypes) + ", */*;q=0.1");
            if (etag is not null)
            {
                request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
            }

            if (lastModified is not null)
            {
                request.Headers.IfModifiedSince = lastModified;
            }

            HttpResponseMessage response;
            try
            {
                response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            }
            catch (HttpRequestException ex) when (FindBlocked(ex) is { } blocked)
            {
                throw new InvalidArticleException($"{url}: refused, {blocked.Host} is a private or local network address.");
            }
            catch (HttpRequestException ex)
            {
                throw new InvalidArticleException($"{url}: could not connect ({ex.Message}).", retryable: true);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidArticleException($"{url}: no answer within {_options.FetchTimeoutSeconds} seconds.", retryable: true);
            }

            using (response)
            {
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        throw new InvalidArticleException($"{url}: more than {_options.MaxRedirects} redirects.");
                    }

                    uri = response.Headers.Location is { } location
                        ? ParseLink(new Uri(uri, location).ToString())
                        : throw new InvalidArticleException($"{url}: a redirect without a target.");
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchedResource(uri, null, string.Empty, etag, lastModified, NotModified: true);
                }

                if (!response.IsSuccessStatusCode)
                {
                    var retryable = (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests;
                    throw new InvalidArticleException($"{url}: the site answered {(int)response.StatusCode} {response.ReasonPhrase}.", retryable);
                }

                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if (mediaType is null || !acceptedMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
                {
                    throw new InvalidArticleException($"{url}: this is {mediaType ?? "content of unknown type"}, not an article page; only web pages can be added.");
                }

                var text = await ReadCappedAsync(url, response, timeout.Token);
                return new FetchedResource(
                    uri,
                    mediaType,
                    text,
                    response.Headers.ETag?.ToString(),
                    response.Content.Headers.LastModified,
                    NotModified: false);
            }
        }
    }

    /// <summary>http(s) links with a host only: file:, javascript:, data: and friends are never fetched. A user name and
    /// password in the link (or in a redirect's) are dropped.</summary>
    public static Uri ParseLink(string url)
    {
        url = LinkCredentials.Strip(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            throw new InvalidArticleException($"{url}: not a valid link.");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidArticleException($"{url}: only http and https links can be added.");
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            throw new InvalidArticleException($"{url}: not a valid link.");
        }

        return uri;
    }

    private async Task<string> ReadCappedAsync(string url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var max = _options.MaxPageBytes;
        if (response.Content.Headers.ContentLength > max)
        {
            throw new InvalidArticleException($"{url}: the page is larger than {max / 1024} KB.");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Content-Length can be absent or wrong; the cap holds for what actually arrives.
            if (buffer.Length + read > max)
            {
                throw new InvalidArticleException($"{url}: the page is larger than {max / 1024} KB.");
            }

            buffer.Write(chunk, 0, read);
        }

        var charset = response.Content.Headers.ContentType?.CharSet?.Trim('"');
        var encoding = Encoding.UTF8;
        if (charset is not null)
        {
            try
            {
                encoding = Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                // An unknown charset label: UTF-8 is the web's default and the best guess.
            }
        }

        return encoding.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static BlockedAddressException? FindBlocked(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }
}
