namespace SportsBot.Core.Knowledge;

/// <summary>Input that is not an article we can use. The message is written for the person who supplied it.</summary>
public sealed class InvalidArticleException(string message) : Exception(message);
