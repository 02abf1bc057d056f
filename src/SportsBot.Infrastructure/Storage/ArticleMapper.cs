using System.Globalization;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Storage;

internal static class ArticleMapper
{
    public static ArticleRow ToRow(Article a) => new()
    {
        Id = a.Id.Value,
        Title = a.Title,
        Url = a.Url,
        Source = a.Source,
        Published = a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AddedAtUnixMs = a.AddedAt.ToUnixTimeMilliseconds(),
        AddedBy = a.AddedBy,
        Language = a.Language,
        Body = a.Body,
        ContentHash = a.ContentHash,
        Origin = a.Origin,
        OriginHash = a.OriginHash,
    };

    public static Article ToArticle(ArticleRow r) => new(
        new ArticleId(r.Id),
        r.Title,
        r.Url,
        r.Source,
        r.Published is null ? null : DateOnly.ParseExact(r.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset.FromUnixTimeMilliseconds(r.AddedAtUnixMs),
        r.AddedBy,
        r.Language,
        r.Body,
        r.ContentHash,
        r.Origin,
        r.OriginHash);
}
