namespace SportsBot.Evaluation;

/// <summary>What the numbers were measured on.</summary>
public sealed record BenchMachine(int Cores, string Os, string Runtime);
