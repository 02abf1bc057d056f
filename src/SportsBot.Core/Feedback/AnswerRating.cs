namespace SportsBot.Core.Feedback;

/// <summary>What someone pressed under an answer.</summary>
public enum AnswerRating
{
    Helpful,
    Unhelpful,
}
