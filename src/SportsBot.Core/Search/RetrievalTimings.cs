namespace SportsBot.Core.Search;

/// <summary>Where the time of one search went, for <c>bench</c>.</summary>
public sealed record RetrievalTimings(TimeSpan Embedding, TimeSpan Keyword, TimeSpan Vector, TimeSpan Fusion);
