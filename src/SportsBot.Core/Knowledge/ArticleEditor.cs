using System.Globalization;
using SportsBot.Core.Answering;

namespace SportsBot.Core.Knowledge;

/// <summary>
/// Corrects an article's metadata (date, title, outlet, link) in place: same id, same number, same "added by".
/// The new version goes through the ingest pipeline like an edited file, so passages, the full-text index and the
/// vectors (the title is embedded with every passage) never disagree with the article.
/// </summary>
public sealed class ArticleEditor(KnowledgeWriter writer, IKnowledgeStore store, TimeProvider time)
{
    public const int MaxTitleLength = 300;
    public const int MaxSourceLength = 100;

    /// <summary>Sets one field; a value that is not valid for it is refused with an <see cref="InvalidArticleException"/> and nothing changes.</summary>
    /// <returns>Null when the article already had that value.</returns>
    public async Task<ArticleEdit?> EditAsync(Article article, ArticleField field, string value, CancellationToken cancellationToken)
    {
        var draft = Draft(article);
        draft = field switch
        {
            ArticleField.Date => draft with { Published = ParseDate(value) },
            ArticleField.Title => draft with { Title = ParseTitle(value) },
            ArticleField.Source => draft with { Source = IsNone(value) ? ArticleParser.UnknownSource : Limit(value.Trim(), MaxSourceLength, "An outlet") },
            ArticleField.Url => draft with { Url = await ParseUrlAsync(article, value, cancellationToken) },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        return await SaveAsync(article, draft, cancellationToken);
    }

    /// <summary>
    /// The same text added again with metadata the stored article lacks (front matter giving a date, an outlet or a
    /// link): the stored article gains them. Values it already has are kept; /kb edit changes those.
    /// </summary>
    /// <returns>Null when the new copy adds nothing.</returns>
    public async Task<ArticleEdit?> FillInAsync(Article stored, ArticleDraft again, CancellationToken cancellationToken)
    {
        var draft = Draft(stored);
        if (stored.Published is null && again.Published is { } published)
        {
            draft = draft with { Published = published };
        }

        if (stored.Source == ArticleParser.UnknownSource && !string.IsNullOrWhiteSpace(again.Source) && again.Source.Trim() != ArticleParser.UnknownSource)
        {
            draft = draft with { Source = Limit(again.Source.Trim(), MaxSourceLength, "An outlet") };
        }

        if (stored.Url is null && again.Url is { } url && ArticleParser.IsHttpUrl(url) && await store.FindByUrlAsync(url, cancellationToken) is null)
        {
            draft = draft with { Url = url };
        }

        return await SaveAsync(stored, draft, cancellationToken);
    }

    /// <summary>True when <paramref name="draft"/> holds exactly the stored article's text (not merely a near copy or the same link).</summary>
    public static bool HasSameText(Article stored, ArticleDraft draft) =>
        stored.ContentHash == TextNormalizer.ContentHash(TextNormalizer.Normalize(draft.Body));

    private async Task<ArticleEdit?> SaveAsync(Article article, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var changes = Changes(article, draft);
        if (changes.Count == 0)
        {
            return null;
        }

        var result = await writer.IngestAsync(
            new IngestRequest(draft, article.AddedBy, article.Origin, article.OriginHash, ReplaceId: article.Id),
            cancellationToken);
        return new ArticleEdit(article, result.Article, changes);
    }

    private static ArticleDraft Draft(Article a) => new(null, a.Title, a.Url, a.Source, a.Published, a.Language, a.Body);

    private static List<string> Changes(Article before, ArticleDraft after)
    {
        var changes = new List<string>();
        if (before.Published != after.Published)
        {
            changes.Add($"date: {DateText.Format(after.Published)} (was {DateText.Format(before.Published)})");
        }

        if (before.Title != after.Title)
        {
            changes.Add($"title: \"{after.Title}\" (was \"{before.Title}\")");
        }

        if (before.Source != after.Source)
        {
            changes.Add($"outlet: {SourceText.Of(after.Source)} (was {SourceText.Of(before.Source)})");
        }

        if (before.Url != after.Url)
        {
            changes.Add($"link: {after.Url ?? "none"} (was {before.Url ?? "none"})");
        }

        return changes;
    }

    private DateOnly? ParseDate(string value)
    {
        if (IsNone(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InvalidArticleException($"'{value.Trim()}' is not a date; write it as YYYY-MM-DD (e.g. 2023-12-08), or 'none' for date unknown.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (date > today.AddDays(1) || date.Year < 1900)
        {
            throw new InvalidArticleException($"{date:yyyy-MM-dd} cannot be the date an article was published.");
        }

        return date;
    }

    private static string ParseTitle(string value)
    {
        var title = TextNormalizer.CollapseWhitespace(value);
        return title.Length == 0 ? throw new InvalidArticleException("A title cannot be empty.") : Limit(title, MaxTitleLength, "A title");
    }

    private async Task<string?> ParseUrlAsync(Article article, string value, CancellationToken cancellationToken)
    {
        if (IsNone(value))
        {
            return null;
        }

        var url = value.Trim();
        if (!ArticleParser.IsHttpUrl(url))
        {
            throw new InvalidArticleException($"'{url}' is not an http(s) link; give the article's address, or 'none'.");
        }

        if (await store.FindByUrlAsync(url, cancellationToken) is { } other && other.Id != article.Id)
        {
            throw new InvalidArticleException($"Another article (\"{other.Title}\") already has that link.");
        }

        return url;
    }

    private static string Limit(string value, int max, string what) =>
        value.Length <= max ? value : throw new InvalidArticleException($"{what} may have at most {max} characters.");

    private static bool IsNone(string value) =>
        value.Trim().ToLowerInvariant() is "none" or "unknown" or "-";
}
