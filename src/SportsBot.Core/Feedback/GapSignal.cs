namespace SportsBot.Core.Feedback;

/// <summary>One sign of a gap: a question not covered, or an answer marked 👎 (with what was wrong, if they said).</summary>
/// <param name="Person">Who: platform and user id, so two people asking the same count as two.</param>
public sealed record GapSignal(string Question, string Person, GapKind Kind, string? Comment, DateTimeOffset At);
