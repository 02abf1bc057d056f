namespace SportsBot.Core.Answering;

/// <summary>The variables of the TranslateQuestion prompt; <paramref name="Question"/> is fenced and labelled as data.</summary>
public sealed record TranslationPrompt(string Question, string Language);
