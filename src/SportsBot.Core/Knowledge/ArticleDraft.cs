namespace SportsBot.Core.Knowledge;

/// <summary>An article as extracted from a file, a page or chat text, before it has been normalised and stored.</summary>
/// <param name="Key">A preferred id (front-matter id or file name); null lets the pipeline derive one.</param>
public sealed record ArticleDraft(
    string? Key,
    string Title,
    string? Url,
    string Source,
    DateOnly? Published,
    string Language,
    string Body);
