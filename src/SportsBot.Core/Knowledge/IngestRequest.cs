namespace SportsBot.Core.Knowledge;

/// <summary>Who is adding an article and from where.</summary>
/// <param name="ReplaceId">Set when this draft is a new version of a known article (an edited file); it is updated in place.</param>
public sealed record IngestRequest(ArticleDraft Draft, string AddedBy, string Origin, string? OriginHash = null, ArticleId? ReplaceId = null);
