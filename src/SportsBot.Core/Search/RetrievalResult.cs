namespace SportsBot.Core.Search;

/// <summary>The passages for a question, newest-relevant first, one per article.</summary>
public sealed record RetrievalResult(QueryAnalysis Query, float[] QueryVector, IReadOnlyList<RetrievedPassage> Passages, RetrievalTimings Timings)
{
    /// <summary>
    /// The passages for the second question of a message that asks two ("…, and what did she win in Paris?"), searched
    /// on its own: the story that answers it may share few words with the first. Empty for a message that asks one.
    /// </summary>
    public IReadOnlyList<RetrievedPassage> SecondPassages { get; init; } = [];

    /// <summary>No search was made (the message was not a question).</summary>
    public static RetrievalResult Nothing(QueryAnalysis query) => new(query, [], [], new RetrievalTimings(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero));
}
