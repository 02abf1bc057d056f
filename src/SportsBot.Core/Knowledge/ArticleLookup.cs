using System.Globalization;

namespace SportsBot.Core.Knowledge;

/// <summary>Finds the article a moderator means: "#42" or "42" by its short number, anything else by its long id.</summary>
public sealed class ArticleLookup(IKnowledgeStore store, IArticleDirectory directory)
{
    public async Task<(Article Article, ArticleNumber Number)?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var text = reference.Trim().TrimStart('#');
        Article? article = null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            && await directory.FindAsync(new ArticleNumber(number), cancellationToken) is { } numbered)
        {
            article = await store.GetAsync(numbered, cancellationToken);
        }

        // A long id may be all digits too; it is tried when no article has that number.
        article ??= text.Length == 0 ? null : await store.GetAsync(new ArticleId(text), cancellationToken);
        return article is null ? null : (article, await NumberOfAsync(article.Id, cancellationToken));
    }

    public async Task<ArticleNumber> NumberOfAsync(ArticleId id, CancellationToken cancellationToken) =>
        (await directory.NumbersAsync([id], cancellationToken))[id];

    public Task<IReadOnlyDictionary<ArticleId, ArticleNumber>> NumbersAsync(IEnumerable<Article> articles, CancellationToken cancellationToken) =>
        directory.NumbersAsync([.. articles.Select(a => a.Id).Distinct()], cancellationToken);
}
