namespace SportsBot.Core.Knowledge;

/// <summary>An article whose title matched what someone is typing: enough to offer it in a list.</summary>
public sealed record ArticleTitleMatch(ArticleId Id, ArticleNumber Number, string Title, DateOnly? Published);
