namespace SportsBot.Core.Feedback;

/// <summary>Why a question counts as a gap in the knowledge base.</summary>
public enum GapKind
{
    /// <summary>The answer was "My sources don't cover that."</summary>
    NotCovered,

    /// <summary>Someone marked the answer 👎.</summary>
    MarkedUnhelpful,
}
