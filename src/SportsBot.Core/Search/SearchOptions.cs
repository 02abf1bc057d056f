using System.ComponentModel.DataAnnotations;
using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Search;

/// <summary>Retrieval tuning. Defaults were chosen against tests/eval; change them with eval numbers in hand.</summary>
public sealed class SearchOptions
{
    public const string Section = $"{KnowledgeOptions.Section}:Search";

    /// <summary>Hybrid (the default) fuses keyword and vector rankings; the single-signal modes are for comparison in <c>eval</c>.</summary>
    [EnumDataType(typeof(RetrievalMode))]
    public RetrievalMode Mode { get; set; } = RetrievalMode.Hybrid;

    [Range(1, 500)]
    public int KeywordTopK { get; set; } = 40;

    [Range(1, 500)]
    public int VectorTopK { get; set; } = 40;

    /// <summary>
    /// Bounds keyword search at any store size: question words are taken rarest first while the chunks they match
    /// add up to at most this many; only those words pick the candidates, and commoner words re-rank them.
    /// </summary>
    [Range(100, 1_000_000)]
    public int KeywordCandidateBudget { get; set; } = 3000;

    /// <summary>Int8 (the default) holds a quarter of the bytes of Float32 in memory and on disk.</summary>
    [EnumDataType(typeof(VectorPrecision))]
    public VectorPrecision VectorPrecision { get; set; } = VectorPrecision.Int8;

    /// <summary>
    /// Past eight times this many stored vectors, a pass over one bit per dimension of each (is it above zero) picks
    /// this many candidates, and only they are scored exactly. Measured against the exact scan at 650,000 vectors,
    /// 4,000 keeps 99 % of its top 40.
    /// </summary>
    [Range(10, 1_000_000)]
    public int VectorCandidates { get; set; } = 4000;

    /// <summary>The k of reciprocal rank fusion: higher flattens the difference between ranks.</summary>
    [Range(1, 1000)]
    public int RrfK { get; set; } = 60;

    /// <summary>Distinct articles handed to the answerer.</summary>
    [Range(1, 20)]
    public int MaxArticles { get; set; } = 5;

    /// <summary>How much a newer source is lifted when the question is about the present (0 = not at all).</summary>
    [Range(0.0, 5.0)]
    public double PresentRecencyWeight { get; set; } = 0.6;

    /// <summary>The same lift for questions that are not about the present.</summary>
    [Range(0.0, 5.0)]
    public double DefaultRecencyWeight { get; set; } = 0.15;

    /// <summary>The same lift for questions about the past ("what did … decide in 2020?"), where newer is not better.</summary>
    [Range(0.0, 5.0)]
    public double PastRecencyWeight { get; set; } = 0.0;

    /// <summary>Two passages at least this similar speak of the same matter; the newer one then leads.</summary>
    [Range(0.0, 1.0)]
    public double SameMatterSimilarity { get; set; } = 0.7;

    /// <summary>How much less similar to the question a newer same-matter passage may be and still supersede an older one.</summary>
    [Range(0.0, 1.0)]
    public double SupersedeMargin { get; set; } = 0.03;

    /// <summary>A copy of these settings with another <see cref="Mode"/>.</summary>
    public SearchOptions WithMode(RetrievalMode mode)
    {
        var copy = (SearchOptions)MemberwiseClone();
        copy.Mode = mode;
        return copy;
    }
}
