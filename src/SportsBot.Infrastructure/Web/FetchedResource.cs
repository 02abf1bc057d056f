namespace SportsBot.Infrastructure.Web;

/// <summary>A fetched page or feed. <see cref="NotModified"/> is true for a 304 to a conditional request (no body).</summary>
public sealed record FetchedResource(Uri FinalUri, string? MediaType, string Text, string? ETag, DateTimeOffset? LastModified, bool NotModified);
