namespace SportsBot.Core.Feeds;

/// <summary>A feed as read: its items, or <see cref="NotModified"/> when the server said nothing changed.</summary>
public sealed record FeedReadResult(bool NotModified, string? Title, IReadOnlyList<FeedItem> Items, string? ETag, DateTimeOffset? LastModified);
