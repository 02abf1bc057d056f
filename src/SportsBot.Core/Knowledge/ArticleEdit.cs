namespace SportsBot.Core.Knowledge;

/// <summary>What an edit changed: the article before and after, and each change as a moderator reads it ("date: 8 December 2023 (was date unknown)").</summary>
public sealed record ArticleEdit(Article Before, Article After, IReadOnlyList<string> Changes);
