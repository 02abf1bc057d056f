namespace SportsBot.Evaluation;

/// <summary>The result of one <c>eval</c> run: every question set over one store; <c>--json</c> prints it as it is.</summary>
public sealed record EvalReport(int Articles, int Chunks, IReadOnlyList<EvalSet> Sets);
