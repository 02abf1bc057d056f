namespace SportsBot.Core.Answering;

/// <summary>A question we will not search for (empty, too long). The message is shown to the asker.</summary>
public sealed class InvalidQuestionException(string message) : Exception(message);
