using System.Text.RegularExpressions;
using SportsBot.Core.Answering.Evidence;
using SportsBot.Core.Knowledge;
using SportsBot.Core.Search;

namespace SportsBot.Core.Answering;

/// <summary>How <see cref="AnswerComposer"/> picks the lead when a question asks for one account of a matter that changed: the first, the last, the one after an event, the latest figure.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// "How many players were initially refused visas?" asks what the first account said, which a later one revised:
    /// the oldest dated story that answers leads. Null for any other question, or when a story is undated.
    /// </summary>
    private static EvidenceSentence? FirstAccount(QueryAnalysis query, List<EvidenceSentence> bestPerArticle) =>
        bestPerArticle.Count > 1 && FirstAccountAsked().IsMatch(query.Question) && bestPerArticle.All(e => e.Passage.Article.Published is not null)
            ? bestPerArticle.MinBy(e => e.Passage.Article.Published)
            : null;

    // "first" as an adverb asks for the first turn too ("By what margin did the council first vote to end the lease?",
    // "when was the ban first announced"), not as an adjective ("When did the first race start?").
    [GeneratedRegex(@"\b(?:initially|originally|at first|in the first place|to begin with)\b|\b(?:did|does|do|was|were|had|has|have)\b(?:\s+[\p{L}'’-]+){0,6}?\s+(?<!\b(?:the|a|an|its|their|his|her|our|finish|finished|came|come|placed|ranked)\s+)first\s+(?!(?:time|place|in|at|on|of|for|to|with|and|or|by|round|half|leg|day)\b)\p{Ll}+\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstAccountAsked();

    /// <summary>
    /// "Why did the race director finally give up on the descent?" asks about the last turn of a matter that went back
    /// and forth: the newest dated story that answers leads, even when an older one says more of the question's words.
    /// So does "When will the new shirt first be worn?": what is new replaced what an older story told. Null for any
    /// other question, or when a story is undated.
    /// </summary>
    private static EvidenceSentence? LastAccount(QueryAnalysis query, List<EvidenceSentence> bestPerArticle)
    {
        if (bestPerArticle.Count < 2 || !bestPerArticle.All(e => e.Passage.Article.Published is not null))
        {
            return null;
        }

        var newest = bestPerArticle.MaxBy(e => e.Passage.Article.Published)!;
        if (QuestionClauses.AsksHowItEnded(query.Question))
        {
            return newest;
        }

        // "the new shirt": only when the newest story and the one ranked first both speak of a shirt; "the new Olympic
        // chief" is not the newest chief of another body, elected in a later story.
        var first = bestPerArticle.MinBy(e => e.Rank)!;
        return NewThingAsked().Match(query.Question) is { Success: true } asked
            && asked.Groups["word"].Captures.Select(c => c.Value).Where(w => char.IsLower(w[0]) && !Search.StopWords.Contains(w))
                .Any(w => QuestionClauses.Says(newest.Sentence.Text, w) && QuestionClauses.Says(first.Sentence.Text, w))
            ? newest
            : null;
    }

    [GeneratedRegex(@"\bthe new(?:\s+(?<word>[\p{L}-]+)){1,4}")]
    private static partial Regex NewThingAsked();

    /// <summary>
    /// "Where did Hollin sit in the table after the appeal?" asks what followed the appeal, which no story older than
    /// the appeal's can tell: when the first answer's story is older than every story whose headline or opening reports
    /// the event, the first answer from a story no older than the event's leads, before the older one closer in meaning
    /// ("sends Hollin from seventh place to 16th", before any appeal). Null when the question places its fact after no
    /// event, or no story reports it, or the first answer is not older.
    /// </summary>
    private static EvidenceSentence? StoryOfTheEventBefore(List<EvidenceSentence> bestPerArticle)
    {
        var eventReported = bestPerArticle.Where(e => e.Check.StoryOfTheEventBefore).Select(e => e.Passage.Article.Published).Where(d => d is not null).Min();
        var first = bestPerArticle.MinBy(e => e.Rank)!;
        return eventReported is { } since && first.Passage.Article.Published < since
            ? bestPerArticle.Where(e => e.Passage.Article.Published >= since).MinBy(e => e.Rank)
            : null;
    }

    /// <summary>
    /// "According to the latest figure, how much…?" asks for a figure as last revised: of the answering sentences, the
    /// newest that revises one ("reducing the sum that cannot be accounted for from €2.3 million to €1.8 million", "not
    /// the 1,150 it announced") leads, though another of its story says more of the question's words. So does a figure
    /// asked in the present tense ("How long is Feeney banned for?", "How much public money is the city putting in?")
    /// when the newest answering story revises it ("has cut Feeney's ban from three years to 20 months"). Null for any
    /// other question, or when no answering sentence revises a figure.
    /// </summary>
    private static EvidenceSentence? LatestFigure(QueryAnalysis query, List<EvidenceSentence> answering)
    {
        if (query.Asks != AskedFor.HowMany)
        {
            return null;
        }

        if (LatestFigureAsked().IsMatch(query.Question))
        {
            return answering.Where(e => RevisesAFigure(e.Sentence.Text))
                .OrderByDescending(e => e.Passage.Article.Published).ThenBy(e => e.Rank).FirstOrDefault();
        }

        var newest = answering.Max(e => e.Passage.Article.Published);
        return query.AboutThePresent && newest is not null
            ? answering.Where(e => e.Passage.Article.Published == newest && RevisesAFigure(e.Sentence.Text)).MinBy(e => e.Rank)
            : null;
    }

    private static bool RevisesAFigure(string sentence) => FromTo().IsMatch(sentence) || RevisionWords.Corrects(sentence);

    [GeneratedRegex(@"\b(?:latest|newest|revised|updated|most recent|current)\s+(?:official\s+)?(?:figures?|estimates?|count|total|tally|numbers?|sum|calculation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatestFigureAsked();
}
