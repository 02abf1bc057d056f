using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>The sentences of the retrieved articles that were judged, best first; the question is covered when one answers.</summary>
/// <param name="Unsupported">Numbers the question states that no source has ("15 years" when the sources say nine): a premise the answer must not repeat as fact.</param>
public sealed record EvidenceSet(QuestionReading Question, IReadOnlyList<EvidenceSentence> Judged, IReadOnlyList<string>? Unsupported = null)
{
    public IEnumerable<EvidenceSentence> Answering => Judged.Where(s => s.Answers);

    public bool Known => Judged.Any(s => s.Answers);

    /// <summary>
    /// The two stories that name what the question names only between them (one names the skater, the other the
    /// Games): the question is about how they connect, so its answer quotes both. Empty when one story names it all.
    /// </summary>
    public IReadOnlyList<ArticleId> SpreadOver { get; init; } = [];

    /// <summary>The evidence for the second question of a message that asks two (<see cref="QuestionClauses.Second"/>); null when it asks one.</summary>
    public EvidenceSet? Second { get; init; }

    /// <summary>The person the question describes instead of naming, with the name the sources give them, when it was answered about them by name; else null.</summary>
    public PersonDescribed? Described { get; init; }

    /// <summary>What the message takes as given (<see cref="QuestionClauses.Premise"/>) and the evidence on it, judged as "Is it true that…?"; null when it takes nothing.</summary>
    public PremiseCheck? Premise { get; init; }
}
