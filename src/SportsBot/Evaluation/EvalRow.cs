namespace SportsBot.Evaluation;

/// <summary>One retriever's results: overall, per kind of question, and per question.</summary>
public sealed record EvalRow(
    string Retriever,
    string Description,
    EvalMetrics Overall,
    IReadOnlyDictionary<string, EvalMetrics> ByKind,
    IReadOnlyList<QuestionOutcome> Questions);
