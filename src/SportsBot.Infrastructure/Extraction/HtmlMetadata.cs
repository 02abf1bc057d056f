namespace SportsBot.Infrastructure.Extraction;

/// <summary>What a page says about itself in its markup, before readability looks at the text.</summary>
public sealed record HtmlMetadata(string? Title, string? SiteName, DateOnly? Published, string? CanonicalUrl, string? Language);
