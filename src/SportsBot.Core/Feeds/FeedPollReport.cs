namespace SportsBot.Core.Feeds;

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedPollReport(Feed Feed, int Added, int Skipped, string? Error)
{
    public override string ToString() =>
        Error is null ? $"feed #{Feed.Id}: {Added} added, {Skipped} already known or refused" : $"feed #{Feed.Id}: failed ({Error})";
}
