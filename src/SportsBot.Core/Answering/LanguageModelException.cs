namespace SportsBot.Core.Answering;

/// <summary>A model call that failed for a reason worth telling the user of <c>ask --json</c> ("HTTP 500", "rate limited").</summary>
public sealed class LanguageModelException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}
