using System.ComponentModel.DataAnnotations;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>When a question counts as covered, and how long answers may be.</summary>
public sealed class AnswerOptions
{
    /// <summary>Longest question accepted, in characters.</summary>
    [Range(10, 10_000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>Cosine between question and best passage below which the sources are taken not to cover it.</summary>
    [Range(0.0, 1.0)]
    public double MinSimilarity { get; set; } = 0.42;

    /// <summary>Share of the question's content words a passage must contain (with aliases) to count as covering it.</summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.3;

    /// <summary>Sources an answer may cite.</summary>
    [Range(1, 10)]
    public int MaxSources { get; set; } = 3;

    /// <summary>Sentences taken from the leading (newest relevant) source.</summary>
    [Range(1, 5)]
    public int LeadSentences { get; set; } = 2;

    /// <summary>Similar enough to the question, and mentioning enough of its words, to answer it.</summary>
    public bool IsRelevant(RetrievedPassage passage) => passage.Similarity >= MinSimilarity && passage.Coverage >= MinCoverage;
}
