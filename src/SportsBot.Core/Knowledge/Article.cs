namespace SportsBot.Core.Knowledge;

/// <summary>An article as stored in the knowledge base.</summary>
/// <param name="Published">The date printed on the article; null when the article gives none (never the time it was added).</param>
/// <param name="Origin">Where it came from: <c>knowledge:&lt;relative path&gt;</c> for the synced folder, otherwise who added it and how.</param>
/// <param name="OriginHash">Hash of the raw source file, so a folder sync can tell an unchanged file from an edited one.</param>
public sealed record Article(
    ArticleId Id,
    string Title,
    string? Url,
    string Source,
    DateOnly? Published,
    DateTimeOffset AddedAt,
    string AddedBy,
    string Language,
    string Body,
    string ContentHash,
    string Origin,
    string? OriginHash);
