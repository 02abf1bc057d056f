namespace SportsBot.Core.Answering.Evidence;

/// <summary>The sentences of the retrieved articles that were judged, best first; the question is covered when one answers.</summary>
public sealed record EvidenceSet(QuestionReading Question, IReadOnlyList<EvidenceSentence> Judged)
{
    public IEnumerable<EvidenceSentence> Answering => Judged.Where(s => s.Answers);

    public bool Known => Judged.Any(s => s.Answers);
}
