namespace SportsBot.Core.Answering;

/// <summary>A reply to a question: text with [n] markers and the sources they point to.</summary>
/// <param name="Known">False when the sources do not cover the question; then there are no citations.</param>
/// <param name="Text">The parts laid out by <see cref="AnswerText"/>; a reply for people, never parsed again.</param>
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

    /// <summary>The answer's structure: lead, supporting sentences, earlier reports, positions, notes. Shorteners and renderers work from these.</summary>
    public IReadOnlyList<AnswerPart> Parts { get; init; } = [];

    public static Answer NotCovered(string question, AnswerMode mode = AnswerMode.Extractive) =>
        new(question, false, NotCoveredText, null, mode, []);

    /// <summary>A reply that is not an answer from the sources (a greeting, a language the bot does not read); it cites nothing.</summary>
    public static Answer Remark(string question, string text, AnswerMode mode = AnswerMode.Extractive) =>
        new(question, false, text, null, mode, []) { Parts = [new AnswerPart(AnswerRole.Note, text, [])] };

    public static Answer Compose(string question, IReadOnlyList<AnswerPart> parts, IReadOnlyList<Citation> citations, DateOnly? asOf, AnswerMode mode) =>
        new(question, true, AnswerText.Compose(parts), asOf, mode, citations) { Parts = parts };
}
