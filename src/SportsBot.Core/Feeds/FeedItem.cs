namespace SportsBot.Core.Feeds;

/// <summary>One entry of a feed: a link to an article, with what the feed says about it.</summary>
public sealed record FeedItem(string Link, string? Title, DateOnly? Published, string? Summary);
