using System.Globalization;

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
    string? OriginHash)
{
    /// <summary>
    /// The text with the month and year of the story's date after it. A story's date is part of what it says: a brief
    /// from May 2025 reporting that a season resumes is about the 2025 season a question names, though it never writes
    /// the year, and a story dated 12 March that tells a refusal "on Tuesday" is what "Why was she refused in March?" asks about.
    /// </summary>
    public string WithItsDate(string text) =>
        Published is { } date ? $"{text}\n{date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}" : text;
}
