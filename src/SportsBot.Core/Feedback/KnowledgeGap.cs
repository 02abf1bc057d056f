namespace SportsBot.Core.Feedback;

/// <summary>A question the knowledge base serves badly, with how many people ran into it: what to add next.</summary>
/// <param name="Question">As most recently asked.</param>
/// <param name="Comments">What people said was wrong, newest first.</param>
public sealed record KnowledgeGap(string Question, int People, int NotCovered, int MarkedUnhelpful, DateTimeOffset LastAt, IReadOnlyList<string> Comments);
