using System.ComponentModel.DataAnnotations;

namespace SportsBot.Core.Answering;

/// <summary>How answers are put together from the sources' sentences. Whether a question is covered is decided by named rules (see <see cref="Evidence.EvidenceCheck"/>), not by these numbers.</summary>
public sealed class AnswerOptions
{
    /// <summary>Longest question accepted, in characters.</summary>
    [Range(10, 10_000)]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>Leading retrieved articles whose sentences are judged as evidence.</summary>
    [Range(1, 20)]
    public int ArticlesJudged { get; set; } = 5;

    /// <summary>
    /// A source's sentence closest to the question counts as saying what the question asks in other words when its
    /// cosine with the question reaches this. It never makes a sentence an answer alone: names and the kind of fact still apply.
    /// </summary>
    [Range(0.0, 1.0)]
    public double SameMeaningSimilarity { get; set; } = 0.6;

    /// <summary>Sources an answer may cite.</summary>
    [Range(1, 10)]
    public int MaxSources { get; set; } = 3;

    /// <summary>Sentences added after the one that answers, when they add to it.</summary>
    [Range(0, 4)]
    public int MaxSupporting { get; set; } = 2;

    /// <summary>Older reports on the same matter told as history after the answer.</summary>
    [Range(0, 4)]
    public int MaxEarlier { get; set; } = 2;

    /// <summary>A question about the present answered from a source older than this many days says how old its newest source is.</summary>
    [Range(1, 3650)]
    public int StaleAfterDays { get; set; } = 365;
}
