namespace SportsBot.Core.Answering;

/// <summary>One part of an answer: its words (with "As of …" where it needs one), the sources it rests on and their date.</summary>
/// <param name="Cites">Citation numbers (1-based) of the sources the words rest on; empty for a <see cref="AnswerRole.Note"/>.</param>
public sealed record AnswerPart(AnswerRole Role, string Text, IReadOnlyList<int> Cites, DateOnly? Date = null);
