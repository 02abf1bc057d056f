namespace SportsBot.Evaluation;

/// <summary>One question file's results, a row per retriever (the tuning set and the held-out set are reported side by side).</summary>
/// <param name="Name">The question file as it was given on the command line.</param>
public sealed record EvalSet(string Name, int Questions, IReadOnlyList<EvalRow> Rows);
