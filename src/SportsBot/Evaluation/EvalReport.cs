namespace SportsBot.Evaluation;

/// <summary>The result of one <c>eval</c> run; <c>--json</c> prints it as it is.</summary>
public sealed record EvalReport(int Articles, int Chunks, int Questions, IReadOnlyList<EvalRow> Rows);
