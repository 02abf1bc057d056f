namespace SportsBot.Core.Feedback;

/// <summary>What people thought of the answers that cited one article.</summary>
/// <param name="Comments">What was wrong, as people wrote it under 👎, newest first.</param>
public sealed record ArticleFeedback(int Helpful, int Unhelpful, IReadOnlyList<string> Comments);
