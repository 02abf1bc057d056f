using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Feeds;

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedPollReport(Feed Feed, int Added, int Skipped, string? Error)
{
    /// <summary>The articles this poll added or updated, in feed order.</summary>
    public IReadOnlyList<Article> Articles { get; init; } = [];

    /// <summary>How many items the feed listed when it was read (0 when it was unchanged or failed).</summary>
    public int ItemsRead { get; init; }

    public override string ToString() =>
        Error is null ? $"feed #{Feed.Id}: {Added} added, {Skipped} already known or refused" : $"feed #{Feed.Id}: failed ({Error})";
}
