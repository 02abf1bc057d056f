using SportsBot.Core.Answering.Evidence;

namespace SportsBot.Core.Answering;

/// <summary>How <see cref="AnswerComposer"/> says who holds a post its holder has left.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// "Is Gideon Farrow still head coach?" — "No. Farrow has resigned as head coach": who holds the post now is what
    /// the asker learns next, when the lead's story says it ("Assistant coach Lucia Brandt was appointed interim head
    /// coach", "He is replaced by Milena Harth"). That sentence follows the lead, before anything else its story adds.
    /// Null when the answer is not a no to whether somebody still holds a post the question names, or the story names
    /// nobody who took it.
    /// </summary>
    private static EvidenceSentence? WhoHoldsItNow(EvidenceSet evidence, EvidenceSentence lead, bool? verdict, List<EvidenceSentence> used, AnswerCitations sources)
    {
        var question = evidence.Question;
        var posts = QuestionClauses.Words(question.Query.Question).Where(FactSpotter.IsPost).ToList();
        if (verdict is not false || !question.Facts.AsksIfStill || posts.Count == 0)
        {
            return null;
        }

        return evidence.Judged.FirstOrDefault(e => e.Passage.Article.Id == lead.Passage.Article.Id && e.Sentence.Index != lead.Sentence.Index
            && (FactSpotter.NamesASuccessor(e.Sentence.Text) || FactSpotter.TakesUpAPost(e.Sentence.Text, postAsked: post => posts.Contains(post, StringComparer.OrdinalIgnoreCase)))
            && Adds(e, used, sources));
    }
}
