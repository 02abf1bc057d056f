namespace SportsBot.Core.Knowledge;

/// <summary>Who is adding an article and from where.</summary>
/// <param name="ReplaceId">Set when this draft is a new version of a known article (an edited file); it is updated in place.</param>
/// <param name="UpdateWhenUrlKnown">For a page fetched from its link: a stored article with the same URL is that page's
/// earlier version and is updated in place. Otherwise the same URL means "already in the knowledge base".</param>
public sealed record IngestRequest(
    ArticleDraft Draft,
    string AddedBy,
    string Origin,
    string? OriginHash = null,
    ArticleId? ReplaceId = null,
    bool UpdateWhenUrlKnown = false);
