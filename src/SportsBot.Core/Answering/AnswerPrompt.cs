namespace SportsBot.Core.Answering;

/// <summary>The variables of the Answer prompt. <paramref name="Sources"/> and <paramref name="Question"/> are fenced and labelled as data.</summary>
/// <param name="Today">Today's date as answers write it, so the model can tell how old "as of" is.</param>
public sealed record AnswerPrompt(string Sources, string Question, string Today);
