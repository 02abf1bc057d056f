namespace SportsBot.Core.Feeds;

/// <summary>An RSS or Atom feed that moderators subscribed the knowledge base to, with its polling state.</summary>
/// <param name="ETag">Validators from the last answer, so an unchanged feed costs a 304 and no parsing.</param>
/// <param name="LastError">Why the last poll failed, if it did; shown in <c>/kb feed list</c>.</param>
public sealed record Feed(
    FeedId Id,
    string Url,
    string AddedBy,
    DateTimeOffset AddedAt,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset? LastPolledAt,
    string? LastError,
    int ConsecutiveFailures,
    int ItemsAdded);
