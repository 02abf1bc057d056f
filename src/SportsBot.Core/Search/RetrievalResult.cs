namespace SportsBot.Core.Search;

/// <summary>The passages for a question, newest-relevant first, one per article.</summary>
public sealed record RetrievalResult(QueryAnalysis Query, float[] QueryVector, IReadOnlyList<RetrievedPassage> Passages, RetrievalTimings Timings);
