using SportsBot.Core.Answering.Evidence;

namespace SportsBot.Core.Answering;

/// <summary>How <see cref="AnswerComposer"/> answers a question asking for a judgement: with the sides' positions, not a verdict.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>"Is it fair…?": what each side said, attributed and dated; the bot gives no verdict of its own.</summary>
    private Answer ComposePositions(string question, List<EvidenceSentence> answering)
    {
        var sources = new AnswerCitations();
        var parts = new List<AnswerPart> { new(AnswerRole.Note, "My sources report positions on this, not a verdict:", []) };
        var used = new List<EvidenceSentence>();
        foreach (var position in answering.Where(e => e.Score >= answering[0].Score - (2 * AboutAsWell)))
        {
            if (used.Count >= _options.MaxSources || !Adds(position, used, sources) || used.Count(u => u.Passage.Article.Id == position.Passage.Article.Id) >= 2
                || SpokeAlready(position, used))
            {
                continue;
            }

            used.Add(position);
        }

        foreach (var position in used.OrderByDescending(e => e.Published).ThenBy(e => e.Sentence.Index))
        {
            parts.Add(Part(AnswerRole.Position, LeadIn.Current(position.Passage.Article, sources.Quote(position)), position, sources));
        }

        var asOf = used.Max(e => e.Published);
        return Answer.Compose(question, parts, sources.ToList(), asOf, AnswerMode.Extractive);
    }

    /// <summary>Each side is heard once: a position by a speaker already quoted ("The Premier League said…" twice) gives way to another side's.</summary>
    private static bool SpokeAlready(EvidenceSentence position, List<EvidenceSentence> used)
    {
        var speaker = FactSpotter.Speaker(position.Sentence.Text);
        return speaker.Count > 0 && used.Any(u => speaker.Overlaps(FactSpotter.Speaker(u.Sentence.Text)));
    }
}
