namespace SportsBot.Core.Search;

/// <summary>The passages for a question, newest-relevant first, one per article.</summary>
public sealed record RetrievalResult(QueryAnalysis Query, float[] QueryVector, IReadOnlyList<RetrievedPassage> Passages, RetrievalTimings Timings)
{
    /// <summary>No search was made (the message was not a question).</summary>
    public static RetrievalResult Nothing(QueryAnalysis query) => new(query, [], [], new RetrievalTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero));
}
