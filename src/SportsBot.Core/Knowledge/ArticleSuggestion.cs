namespace SportsBot.Core.Knowledge;

/// <summary>An article offered while someone types its id: the line shown, and the value the command then receives ("#42").</summary>
public sealed record ArticleSuggestion(string Label, string Value);
