namespace SportsBot.Evaluation;

/// <summary>A question file named as it was given (so two files called questions.jsonl stay apart) with its questions.</summary>
public sealed record EvalQuestionFile(string Name, IReadOnlyList<EvalQuestion> Questions);
