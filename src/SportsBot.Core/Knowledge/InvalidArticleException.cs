namespace SportsBot.Core.Knowledge;

/// <summary>Input that is not an article we can use. The message is written for the person who supplied it.</summary>
/// <param name="retryable">True when trying again later may succeed (a timeout, a server error), as opposed to a
/// refusal that will stand (not an article, too large, a private address).</param>
public sealed class InvalidArticleException(string message, bool retryable = false) : Exception(message)
{
    public bool Retryable { get; } = retryable;
}
