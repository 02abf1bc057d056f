namespace SportsBot.Core.Answering;

/// <summary>A reply to a question: text with [n] markers and the sources they point to.</summary>
/// <param name="Known">False when the sources do not cover the question; then there are no citations.</param>
/// <param name="AsOf">The date of the newest source the answer leads with.</param>
/// <param name="FallbackReason">Why an LLM answer was replaced by the extractive one, if it was.</param>
public sealed record Answer(
    string Question,
    bool Known,
    string Text,
    DateOnly? AsOf,
    AnswerMode Mode,
    IReadOnlyList<Citation> Citations,
    string? FallbackReason = null)
{
    public const string NotCoveredText = "My sources don't cover that.";

    public static Answer NotCovered(string question, AnswerMode mode = AnswerMode.Extractive) =>
        new(question, false, NotCoveredText, null, mode, []);
}
