namespace SportsBot.Core.Knowledge;

/// <summary>The metadata of an article a moderator may correct with <c>/kb edit</c>.</summary>
public enum ArticleField
{
    Date,
    Title,
    Source,
    Url,
}
