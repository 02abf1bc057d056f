using SportsBot.Core.Search;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>A question as the evidence rules read it: its names, the words of what it asks about them, and the fact kind.</summary>
/// <param name="Names">Names of people, bodies, places, events and years: the source must name them all.</param>
/// <param name="Focus">The other content words: what the question asks about those names.</param>
public sealed record QuestionReading(QueryAnalysis Query, IReadOnlyList<QueryTerm> Names, IReadOnlyList<QueryTerm> Focus, FactContext Facts)
{
    public AskedFor Asks => Query.Asks;

    /// <summary>Every word the rules look for in a text: its names and its focus.</summary>
    public IReadOnlyList<QueryTerm> Terms { get; } = [.. Names, .. Focus];
}
