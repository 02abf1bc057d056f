namespace SportsBot.Core.Answering;

/// <summary>One sentence of a model's reply, without its markers, and the sources (numbers as renumbered) it cites.</summary>
public sealed record ReplySentence(string Text, IReadOnlyList<int> Cites);
