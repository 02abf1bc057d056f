namespace SportsBot.Core.Knowledge;

/// <summary>
/// Fetches the article behind a link. Anything that is not a readable, reachable article page (a private
/// address, a PDF, a 10 MB page, a redirect loop) is refused with an <see cref="InvalidArticleException"/>
/// whose message tells the moderator why.
/// </summary>
public interface IArticleFetcher
{
    Task<ArticleDraft> FetchAsync(string url, CancellationToken cancellationToken);
}
