using System.Text.RegularExpressions;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>How <see cref="EvidenceFinder"/> tells a sentence that only looks ahead to an event from one telling how it went.</summary>
public sealed partial class EvidenceFinder
{
    /// <summary>
    /// "Did Ferenc win a medal at the Continental Championships?" is not answered by "Ferenc will be able to represent
    /// Lorvania at the Continental Championships", nor "How many boats started the first race?" by "Around 20 boats are
    /// expected to take part": how an event went (who won, where one finished, how many started, what one lifted) is told
    /// only after it, and a sentence that looks ahead to it tells nothing of that. It looks ahead when nothing in it has
    /// happened (no verb in the past besides its look-ahead), or when it names the asked event only inside the clause
    /// that looks ahead and says the question's other words nowhere else. A question that itself looks ahead ("How many
    /// boats are expected?") is answered by the plan.
    /// </summary>
    private static string? OnlyAhead(ArticleSentence sentence, QuestionReading reading)
    {
        var question = reading.Query.Question;
        if (!AsksHowItWent().IsMatch(question) || LookAhead().IsMatch(question) || LookAhead().Match(sentence.Text) is not { Success: true } ahead)
        {
            return null;
        }

        var text = sentence.Text;
        if (!PastVerb().IsMatch(text.Remove(ahead.Index, ahead.Length)))
        {
            return OnlyAheadReason;
        }

        // The clause the look-ahead governs ends where another begins: "will be able to compete in Veyra after the
        // tribunal cut her ban" tells of the ban as done.
        var end = ClauseBreak().Match(text, ahead.Index + ahead.Length) is { Success: true } brk ? brk.Index : text.Length;
        var matcher = reading.Facts.Matcher;
        var inside = matcher.Read(text[ahead.Index..end], reading.Names);
        var outside = matcher.Read($"{text[..ahead.Index]} {text[end..]}", reading.Focus);
        return reading.Names.Any(n => !char.IsDigit(n.Word[0]) && matcher.Mentions(inside, n)) && !reading.Focus.Any(f => matcher.Mentions(outside, f))
            ? OnlyAheadReason
            : null;
    }

    private const string OnlyAheadReason = "it looks ahead to the event, not at how it went";

    // How an event went, asked in the past: a result, a place, a lift, a score, how many started. Not when a ban or a
    // season started, which a sentence saying it "will start" on a day answers.
    [GeneratedRegex(@"\b(?:won|finished|placed|lifted|scored|qualified|beaten|results?)\b|\bhow\s+many\b.*\bstarted\b|\b(?:did|has|have|had)\b.*\b(?:win|finish|place|lift|score|qualify|beat|lose|medal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksHowItWent();

    [GeneratedRegex(@"\b(?:will|would|(?:is|are|was|were)\s+(?:due|expected|scheduled|set|planned|hoping|hoped)\s+to|plans?\s+to|hopes?\s+to|target\s+(?:is|was)\s+to|going\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LookAhead();

    // A verb in the past: a regular one, or one of the irregular ones news tells events with. Adjectives in -ed
    // ("flood-damaged") count too, which only makes the rule hold back.
    [GeneratedRegex(@"\b(?:\w{2,}ed|was|were|had|did|said|won|lost|took|made|gave|told|ran|began|came|went|left|paid|sold|bought|held|met|found|got|saw|kept|brought|fell|rose|chose|wrote|spent|sent|led|struck|stood|became|cut)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"[,;:]|\b(?:after|because|since|following|when|once|and|but)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();
}
